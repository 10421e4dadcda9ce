package org.conflictkg.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.doc.Template;
import org.conflictkg.pipeline.Resources;
import org.conflictkg.text.MatchStarts;

/**
 * The extractors' mapping knowledge, read from {@code ontology/mapping.ttl} so that authors change
 * it without Java: which titles name operations or engagements, which contexts mark a namesake,
 * which templates point at titles, and how table-key labels align to external codes.
 */
public final class MappingRules {
    public static final String NS = "https://w3id.org/conflict-kg/mapping#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private final List<TitleRule> titleRules;
    private final List<Pattern> namesakeContexts;
    private final Set<String> titleTemplates;
    private final List<TypeAlignment> alignments;
    private final List<TheaterRule> theaterRules;
    private final List<MatchStarts> membershipCues;
    private final List<TitleRule> groupingKinds;
    private final List<InfoboxRule> infoboxRules;

    private MappingRules(List<TitleRule> titleRules, List<Pattern> namesakeContexts, Set<String> titleTemplates,
                         List<TypeAlignment> alignments, List<TheaterRule> theaterRules, List<MatchStarts> membershipCues,
                         List<TitleRule> groupingKinds, List<InfoboxRule> infoboxRules) {
        this.infoboxRules = infoboxRules;
        this.membershipCues = membershipCues;
        this.groupingKinds = groupingKinds;
        this.titleRules = titleRules;
        this.namesakeContexts = namesakeContexts;
        this.titleTemplates = titleTemplates;
        this.alignments = alignments;
        this.theaterRules = theaterRules;
    }

    /** From {@code dir/mapping.ttl}, or the bundled one when {@code dir} is null or has none. */
    public static MappingRules load(Path dir) {
        return from(Resources.turtle(dir, Resources.MAPPING));
    }

    public static MappingRules from(Graph g) {
        List<TitleRule> rules = typedRules(g, "TitleRule");
        List<Pattern> namesakes = new ArrayList<>();
        for (Node n : subjects(g, "NamesakeContext")) namesakes.add(pattern(g, n, "pattern"));
        Set<String> templates = new java.util.HashSet<>();
        for (Node n : subjects(g, "TitleTemplates"))
            g.find(n, prop("template"), Node.ANY).forEachRemaining(t -> templates.add(Template.normalise(t.getObject().getLiteralLexicalForm())));
        List<TypeAlignment> alignments = new ArrayList<>();
        for (Node n : subjects(g, "InvolvementTypeAlignment")) {
            List<Node[]> maps = new ArrayList<>();
            g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getPredicate().getURI().startsWith(SKOS)) maps.add(new Node[]{t.getPredicate(), t.getObject()});
            });
            alignments.add(new TypeAlignment(pattern(g, n, "labelPattern"), List.copyOf(maps)));
        }
        List<TheaterRule> theaters = new ArrayList<>();
        for (Node n : subjects(g, "TheaterHeadingRule")) {
            Node level = one(g, n, "headingLevel");
            theaters.add(new TheaterRule(level == null ? 2 : Integer.parseInt(level.getLiteralLexicalForm()),
                    pattern(g, n, "stripPattern"), pattern(g, n, "excludePattern")));
        }
        List<MatchStarts> cues = new ArrayList<>();
        for (Node n : subjects(g, "MembershipCue")) cues.add(MatchStarts.of(pattern(g, n, "pattern")));
        List<InfoboxRule> infoboxes = new ArrayList<>();
        for (Node n : subjects(g, "InfoboxRule")) {
            Node template = one(g, n, "template");
            if (template == null) throw new IllegalArgumentException("mapping " + n + " has no map:template");
            infoboxes.add(new InfoboxRule(Template.normalise(template.getLiteralLexicalForm()),
                    fields(one(g, n, "leaderFields")), fields(one(g, n, "dateFields"))));
        }
        return new MappingRules(List.copyOf(rules), List.copyOf(namesakes), Set.copyOf(templates), List.copyOf(alignments),
                List.copyOf(theaters), List.copyOf(cues), typedRules(g, "GroupingKind"), List.copyOf(infoboxes));
    }

    /** The class a title names, by the first matching rule. */
    public Optional<TitleRule> classify(String title) {
        return titleRules.stream().filter(r -> r.matches(title)).findFirst();
    }

    /** True when the text before a link marks it as a namesake ("named after ..."). */
    public boolean isNamesakeContext(String textBefore) {
        return namesakeContexts.stream().anyMatch(p -> p.matcher(textBefore).find());
    }

    public boolean pointsAtTitle(Template t) { return titleTemplates.contains(t.name()); }

    /** The theater a heading of the given level names, by the first rule for that level. */
    public Optional<String> theaterOfHeading(String heading, int level) {
        for (TheaterRule r : theaterRules)
            if (r.headingLevel() == level) return r.theaterName(heading);
        return Optional.empty();
    }

    /** The theater a table column header names ("In Iraq"), whatever the heading level of the rules. */
    public Optional<String> theaterOfColumn(String header) {
        return theaterRules.isEmpty() ? Optional.empty() : theaterRules.get(0).theaterName(header);
    }

    /** SKOS (property, target) pairs for a table-key label. */
    public List<Node[]> alignmentsFor(String label) {
        List<Node[]> out = new ArrayList<>();
        for (TypeAlignment a : alignments) if (a.labelPattern().matcher(label.trim()).find()) out.addAll(a.mappings());
        return out;
    }

    /** Pattern rules that emit a class, by priority. */
    private static List<TitleRule> typedRules(Graph g, String type) {
        List<TitleRule> rules = new ArrayList<>();
        for (Node r : subjects(g, type)) {
            Node emits = one(g, r, "emits");
            if (emits == null) throw new IllegalArgumentException("mapping rule " + r + " has no map:emits");
            Node prio = one(g, r, "priority");
            rules.add(new TitleRule(r.getURI(), pattern(g, r, "pattern"), emits,
                    prio == null ? 100 : Integer.parseInt(prio.getLiteralLexicalForm())));
        }
        rules.sort(Comparator.comparingInt(TitleRule::priority).thenComparing(TitleRule::id));
        return List.copyOf(rules);
    }

    /** The first membership cue in a sentence, as a matcher positioned on it, or null. */
    public java.util.regex.Matcher membershipCue(String sentence) {
        java.util.regex.Matcher best = null;
        for (MatchStarts p : membershipCues) {
            java.util.regex.Matcher m = p.find(sentence);
            if (m != null && (best == null || m.start() < best.start())) best = m;
        }
        return best;
    }

    /** The class of grouping a sentence describes (meeting, programme, coalition). */
    public Optional<TitleRule> groupingKind(String sentence) {
        return groupingKinds.stream().filter(r -> r.matches(sentence)).findFirst();
    }

    /** The infobox rule for a template name, if any. */
    public Optional<InfoboxRule> infobox(String template) {
        return infoboxRules.stream().filter(r -> r.template().equals(template)).findFirst();
    }

    /** "a, b c" → [a, b, c]: field names in order. */
    private static List<String> fields(Node list) {
        if (list == null) return List.of();
        return java.util.Arrays.stream(list.getLiteralLexicalForm().split("[,\\s]+")).filter(f -> !f.isEmpty()).toList();
    }

    private static List<Node> subjects(Graph g, String type) {
        return g.find(Node.ANY, RDF.type.asNode(), prop(type)).mapWith(Triple::getSubject).toList();
    }

    private static Node one(Graph g, Node s, String p) {
        var it = g.find(s, prop(p), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Pattern pattern(Graph g, Node s, String p) {
        Node n = one(g, s, p);
        if (n == null || !n.isLiteral()) throw new IllegalArgumentException("mapping " + s + " has no map:" + p);
        String regex = n.getLiteralLexicalForm();
        // Unicode case folding costs two table lookups per character tried; a pattern written in ASCII
        // letters needs ASCII folding only (the patterns run on every sentence of every page).
        int flags = Pattern.CASE_INSENSITIVE | (regex.chars().allMatch(c -> c < 128) ? 0 : Pattern.UNICODE_CASE);
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("mapping " + s + ": bad map:" + p + ": " + e.getDescription(), e);
        }
    }

    private static Node prop(String local) { return NodeFactory.createURI(NS + local); }
}
