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
    private final Evidence evidence;
    /** A call of any mapped infobox template in raw wikitext: the cheap test that a page may describe a conflict. */
    private final Pattern infoboxCall;
    /** A call of a mapped infobox or of a template named as a transcluded infobox is: both tests in one search. */
    private final Pattern selectingCall;

    /** The rules about infoboxes, categories and military evidence, read together. */
    private record Evidence(List<InfoboxMapping> infoboxes, List<CategoryRule> categories, List<CommanderMark> marks,
                            List<MatchStarts> militaryWords, List<Pattern> notMilitary, List<Pattern> allianceWords,
                            List<Pattern> placeContexts, List<Pattern> conflictDefinitions, List<LossKindRule> lossKinds,
                            List<ApproximateNumber> approximateNumbers, List<MatchStarts> attributions,
                            String transcludedInfoboxNames) {}

    /**
     * A call in raw wikitext of a template whose name says it holds a page's infobox
     * ({@code map:TranscludedInfoboxName}: "Syrian civil war infobox"), as alternatives of a pattern,
     * or null without such rules.
     */
    private static String transcludedInfoboxNames(Graph g) {
        StringBuilder names = new StringBuilder();
        for (Node n : subjects(g, "TranscludedInfoboxName")) {
            if (names.length() > 0) names.append('|');
            names.append("(?:").append(pattern(g, n, "pattern").pattern()).append(')');
        }
        return names.length() == 0 ? null : names.toString();
    }

    /**
     * A call in raw wikitext of a template whose name matches {@code names} (alternatives), after
     * {@code {{}, an optional {@code template:} and {@code prefix}, ended by what can end a template's name.
     */
    private static Pattern rawCall(String prefix, CharSequence names) {
        return Pattern.compile("\\{\\{\\s{0,16}(?:template:\\s{0,4})?" + prefix + "(?:" + names + ")\\s{0,16}[|}<\\n]",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The quick test of a selecting pass, before the template pages of a dump are all known: true when
     * raw wikitext calls a mapped infobox or a template named as a transcluded infobox is (one search
     * for both), or names a mapped category.
     */
    public boolean maySelect(String wikitext) {
        return RawCalls.find(selectingCall, wikitext, "{{") || hasMappedCategory(wikitext);
    }

    /** A kind of loss and the words that mark it ({@code map:LossKind}); {@code people} for losses of people. */
    public record LossKindRule(MatchStarts words, Node emits, boolean people) {}

    /** A figure in words that approximates a number ({@code map:ApproximateNumber}: "hundreds of" is 200). */
    public record ApproximateNumber(Pattern pattern, long value) {}

    private MappingRules(List<TitleRule> titleRules, List<Pattern> namesakeContexts, Set<String> titleTemplates,
                         List<TypeAlignment> alignments, List<TheaterRule> theaterRules, List<MatchStarts> membershipCues,
                         List<TitleRule> groupingKinds, Evidence evidence) {
        this.evidence = evidence;
        this.membershipCues = membershipCues;
        this.groupingKinds = groupingKinds;
        this.titleRules = titleRules;
        this.namesakeContexts = namesakeContexts;
        this.titleTemplates = titleTemplates;
        this.alignments = alignments;
        this.theaterRules = theaterRules;
        List<String> infoboxes = new java.util.ArrayList<>();
        for (InfoboxMapping m : evidence.infoboxes()) infoboxes.addAll(m.templates());
        String names = templateNames(infoboxes), transcluded = evidence.transcludedInfoboxNames();
        this.infoboxCall = names == null ? null : rawCall(INVOKE, names);
        List<String> either = new java.util.ArrayList<>();
        if (names != null) either.add(INVOKE + "(?:" + names + ")");
        if (transcluded != null) either.add(transcluded);
        this.selectingCall = either.isEmpty() ? null : rawCall("", String.join("|", either));
    }

    /** What may come between {@code {{} and a template's name when it is called through a module. */
    private static final String INVOKE = "(?:#invoke:\\s{0,4})?";

    /** A pattern that finds a call of any of the named templates in raw wikitext, or null for no names. */
    public static Pattern templateCall(java.util.Collection<String> templates) {
        String names = templateNames(templates);
        return names == null ? null : rawCall(INVOKE, names);
    }

    /** The names as alternatives of a pattern, each written as wikitext may write it; null for none. */
    private static String templateNames(java.util.Collection<String> templates) {
        StringBuilder names = new StringBuilder();
        for (String template : templates) {
            if (names.length() > 0) names.append('|');
            // Words of the name as written in wikitext: spaces or underscores, any case.
            for (String w : template.split(" ")) {
                if (names.length() > 0 && names.charAt(names.length() - 1) != '|') names.append("[ _]{1,4}");
                names.append(Pattern.quote(w));
            }
        }
        return names.length() == 0 ? null : names.toString();
    }

    /** True when raw wikitext names a category that a category rule reads (a quick test, before any parse). */
    public boolean hasMappedCategory(String wikitext) {
        return RawCalls.any(CATEGORY_LINK, wikitext, "[[", "Cc", m -> {
            String name = m.group(1).replace('_', ' ').strip();
            for (CategoryRule r : evidence.categories()) if (r.pattern().matcher(name).find()) return true;
            return false;
        });
    }

    private static final Pattern CATEGORY_LINK = Pattern.compile("\\[\\[[ _]{0,4}[Cc]ategory[ _]{0,4}:[ _]{0,4}([^\\]|\\n]{1,250})");

    /** True when raw wikitext calls a template that an infobox mapping reads (a quick test, before any parse). */
    public boolean callsMappedInfobox(String wikitext) {
        return RawCalls.find(infoboxCall, wikitext, "{{");
    }

    /** From {@code dir/mapping.ttl}, or the bundled one when {@code dir} is null or has none. */
    public static MappingRules load(Path dir) {
        return load(dir, Resources.ontology(dir));
    }

    /** Like {@link #load(Path)}, with the ontology of {@code dir} already read. */
    public static MappingRules load(Path dir, org.apache.jena.graph.Graph ontology) {
        MappingRules rules = from(Resources.turtle(dir, Resources.MAPPING));
        rules.broader = ClassHierarchy.broader(ontology);
        return rules;
    }

    /** Each class of the ontology with every class above it; empty for rules read without the ontology. */
    private java.util.Map<Node, Set<Node>> broader = java.util.Map.of();

    /**
     * The class of a subject that an infobox describes: the class its title gives (a title rule is more
     * precise than a generic infobox), unless the infobox's mapping gives a narrower class than that,
     * as a mapping an ontology author adds for a kind of operation does.
     */
    public Node subjectKind(String title, Node byInfobox, Node otherwise) {
        Node byTitle = classifySubject(title).map(TitleRule::emits).orElse(null);
        if (byTitle == null) return otherwise;
        if (byInfobox != null && broader.getOrDefault(byInfobox, Set.of()).contains(byTitle)) return byInfobox;
        return byTitle;
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
        for (Node n : subjects(g, "TheaterHeadingRule"))
            theaters.add(new TheaterRule(pattern(g, n, "stripPattern"), pattern(g, n, "excludePattern")));
        List<MatchStarts> cues = new ArrayList<>();
        for (Node n : subjects(g, "MembershipCue")) cues.add(MatchStarts.of(pattern(g, n, "pattern")));
        List<MatchStarts> military = new ArrayList<>();
        for (Node n : subjects(g, "MilitaryContext")) military.add(MatchStarts.of(pattern(g, n, "pattern")));
        List<Pattern> notMilitary = new ArrayList<>();
        for (Node n : subjects(g, "NotMilitary")) notMilitary.add(pattern(g, n, "pattern"));
        List<Pattern> alliance = new ArrayList<>();
        for (Node n : subjects(g, "AllianceWords")) alliance.add(pattern(g, n, "pattern"));
        List<Pattern> places = new ArrayList<>();
        for (Node n : subjects(g, "PlaceContext")) places.add(pattern(g, n, "pattern"));
        List<Pattern> definitions = new ArrayList<>();
        for (Node n : subjects(g, "ConflictDefinition")) definitions.add(pattern(g, n, "pattern"));
        List<LossKindRule> losses = new ArrayList<>();
        for (Node n : subjects(g, "LossKind")) {
            Node emits = one(g, n, "emits");
            if (emits == null) throw new IllegalArgumentException("mapping rule " + n + " has no map:emits");
            losses.add(new LossKindRule(MatchStarts.of(pattern(g, n, "pattern")), emits, RuleGraph.bool(g, n, "people")));
        }
        List<ApproximateNumber> approximate = new ArrayList<>();
        for (Node n : subjects(g, "ApproximateNumber")) {
            Integer v = RuleGraph.integer(g, n, "value");
            if (v == null) throw new IllegalArgumentException("mapping rule " + n + " has no map:value");
            approximate.add(new ApproximateNumber(pattern(g, n, "pattern"), v));
        }
        List<MatchStarts> attributions = new ArrayList<>();
        for (Node n : subjects(g, "Attribution")) attributions.add(MatchStarts.of(pattern(g, n, "pattern")));
        Evidence evidence = new Evidence(InfoboxMapping.read(g), CategoryRule.read(g), CommanderMark.read(g),
                List.copyOf(military), List.copyOf(notMilitary), List.copyOf(alliance), List.copyOf(places),
                List.copyOf(definitions), List.copyOf(losses), List.copyOf(approximate), List.copyOf(attributions),
                transcludedInfoboxNames(g));
        return new MappingRules(List.copyOf(rules), List.copyOf(namesakes), Set.copyOf(templates), List.copyOf(alignments),
                List.copyOf(theaters), List.copyOf(cues), typedRules(g, "GroupingKind"), evidence);
    }

    /**
     * The class a linked title names, by the first matching rule that types links; the caller
     * checks {@link TitleRule#needsEvidence()} against the context.
     */
    public Optional<TitleRule> classify(String title) {
        return titleRules.stream().filter(r -> !r.subjectOnly() && r.matches(title)).findFirst();
    }

    /** The class a page's own title gives its subject, which its infobox or categories show is a conflict. */
    public Optional<TitleRule> classifySubject(String title) {
        return titleRules.stream().filter(r -> r.matches(title)).findFirst();
    }

    /** The mapping of the first of these infoboxes that one describes, with that infobox's index; empty when none. */
    public Optional<InfoboxMapping> infoboxMapping(String normalisedTemplate) {
        return evidence.infoboxes().stream().filter(m -> m.appliesTo(normalisedTemplate)).findFirst();
    }

    public List<CategoryRule> categoryRules() { return evidence.categories(); }

    public List<CommanderMark> commanderMarks() { return evidence.marks(); }

    /** True when the text has words of war ({@code map:MilitaryContext}). */
    public boolean hasMilitaryWords(String text) {
        for (MatchStarts m : evidence.militaryWords()) if (m.matches(text)) return true;
        return false;
    }

    /**
     * The kind of loss a line of losses counts ({@code map:LossKind}): the one kind whose words it
     * has, else empty (casualties of no one kind: none, or several).
     */
    public Optional<Node> lossKind(String line) {
        Node found = null;
        for (LossKindRule r : evidence.lossKinds()) {
            if (!r.words().matches(line) || r.emits().equals(found)) continue;
            if (found != null) return Optional.empty();
            found = r.emits();
        }
        return Optional.ofNullable(found);
    }

    public List<LossKindRule> lossKindRules() { return evidence.lossKinds(); }

    public List<ApproximateNumber> approximateNumbers() { return evidence.approximateNumbers(); }

    /** Patterns whose named group "who" names the claimant of a statement ({@code map:Attribution}). */
    public List<MatchStarts> attributions() { return evidence.attributions(); }

    /** True when a lead's first sentence defines its subject as a conflict ({@code map:ConflictDefinition}). */
    public boolean definesConflict(String firstSentence) {
        for (Pattern p : evidence.conflictDefinitions()) if (p.matcher(firstSentence).find()) return true;
        return false;
    }

    /** True when a title names something that is not military however it is titled ({@code map:NotMilitary}). */
    public boolean isNotMilitary(String title) {
        for (Pattern p : evidence.notMilitary()) if (p.matcher(title).find()) return true;
        return false;
    }

    /** True when the text names an alliance, coalition or conference ({@code map:AllianceWords}); true when no such rule exists. */
    public boolean hasAllianceWords(String text) {
        if (evidence.allianceWords().isEmpty()) return true;
        for (Pattern p : evidence.allianceWords()) if (p.matcher(text).find()) return true;
        return false;
    }

    /** True when the text before a link marks it as a namesake ("named after ..."). */
    public boolean isNamesakeContext(String textBefore) {
        return namesakeContexts.stream().anyMatch(p -> p.matcher(textBefore).find());
    }

    public boolean pointsAtTitle(Template t) { return titleTemplates.contains(t.name()); }

    /** The name a heading would give a theater (not yet known to be a place), by the first rule. */
    public Optional<String> theaterOfHeading(String heading) {
        return theaterRules.isEmpty() ? Optional.empty() : theaterRules.get(0).theaterName(heading);
    }

    /** True when no heading under this one names a theater ("Casualties", "Reactions"). */
    public boolean excludesTheaters(String heading) {
        return !theaterRules.isEmpty() && theaterRules.get(0).excludes(heading);
    }

    /** True when the text just before a name makes it a place ("fighting in the"). */
    public boolean isPlaceContext(String textBefore) {
        for (Pattern p : evidence.placeContexts()) if (p.matcher(textBefore).find()) return true;
        return false;
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
            Node scope = one(g, r, "appliesTo");
            rules.add(new TitleRule(r.getURI(), MatchStarts.of(pattern(g, r, "pattern")), emits,
                    prio == null ? 100 : Integer.parseInt(prio.getLiteralLexicalForm()), RuleGraph.bool(g, r, "needsEvidence"),
                    scope != null && scope.isURI() && scope.getURI().equals(NS + "PageSubject")));
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

    private static List<Node> subjects(Graph g, String type) { return RuleGraph.subjects(g, type); }

    private static Node one(Graph g, Node s, String p) { return RuleGraph.one(g, s, p); }

    private static Pattern pattern(Graph g, Node s, String p) { return RuleGraph.pattern(g, s, p); }

    private static Node prop(String local) { return RuleGraph.prop(local); }
}
