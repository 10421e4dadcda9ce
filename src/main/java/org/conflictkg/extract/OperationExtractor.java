package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.countries.Countries;
import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.countries.Demonyms;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.TemplateArg;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.text.DateMention;

/**
 * Named military operations with their leading country, theater and dates: from {@code {{Main}}}
 * templates and links that the title rules type as operations, and from plain or italic mentions
 * ("Operation Hamza"). The leader is, in this order: the country whose heading has the operation
 * as its main article ("Australian airstrikes" with {{Main|Operation Okra}}); the country the
 * mention's own heading names; the last country the sentence names before it; the country an
 * enclosing heading names. Namesakes ("named ..., after the World War II ...") are left out.
 */
public final class OperationExtractor implements Extractor {
    private static final Pattern MENTION = Pattern.compile(
            "\\b(?:Operation|Opération)\\s+(?:\\p{Lu}[\\p{L}'’-]*|II|III|IV)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|II|III|IV|–\\s+\\p{Lu}[\\p{L}-]*))*");
    private static final Pattern START = Pattern.compile("(?i)\\b(launch|began|begin|start|commenc|designat|establish|initiat|announc)");
    private static final Pattern END = Pattern.compile("(?i)\\b(conclud|ended|end of|terminat|finish)");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}.]*");
    /** Where a clause starts: after a semicolon, colon, dash or bracket, or a comma before a new clause. */
    private static final Pattern CLAUSE = Pattern.compile("[;:—(]|\\s[–-]\\s|,\\s+(?:which|while|whereas|but|although|though|when|after|before|whilst)\\b");

    private final MappingRules rules;
    private final CountryRecognizer countries;

    public OperationExtractor(MappingRules rules, CountryRecognizer countries) {
        this.rules = rules;
        this.countries = countries;
    }

    @Override public String name() { return "operations"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        MilitaryEvidence evidence = new MilitaryEvidence(doc, rules);
        // An operation that is a section's main article is led by the country the heading names;
        // that statement of the page's outline outweighs any passing mention.
        java.util.Map<String, Country> mainLeader = new java.util.HashMap<>();
        for (Section s : doc.sections())
            for (Template t : s.blockTemplates())
                if (rules.pointsAtTitle(t))
                    for (TemplateArg a : t.positionalArgs()) {
                        String title = new Link(a.text(), a.text(), 0, 0).page();
                        if (!isOperation(title, null, evidence)) continue;
                        // {{Main}} under "Australian airstrikes" names the leader; a {{See also}} list
                        // under a section about many countries does not.
                        Country leader = Demonyms.bundled().ofHeading(s.heading(), Countries.bundled())
                                .or(() -> t.name().equals("main") ? sectionLeader(doc, s) : Optional.empty()).orElse(null);
                        if (leader != null && t.name().equals("main")) mainLeader.putIfAbsent(title, leader);
                        out.add(new OperationFact(title, leader, TheaterExtractor.theaterOf(doc, s.index(), rules),
                                null, null, new Provenance(s.index(), -1, t.line(), List.of())));
                    }
        out.replaceAll(f -> {
            OperationFact o = (OperationFact) f;
            return o.leader() == null && mainLeader.containsKey(o.title())
                    ? new OperationFact(o.title(), mainLeader.get(o.title()), o.theater(), o.start(), o.end(), o.provenance()) : o;
        });
        DatedSentences.walk(doc, (s, sen, date) -> {
            for (Mention m : mentions(sen, evidence)) {
                if (rules.isNamesakeContext(sen.text().substring(0, m.start))) continue;
                Country leader = Optional.ofNullable(mainLeader.get(m.title))
                        .or(() -> Demonyms.bundled().ofHeading(s.heading(), Countries.bundled()))
                        .or(() -> leaderBefore(sen, m.start))
                        .or(() -> sectionLeader(doc, s)).orElse(null);
                String verbs = sen.text();
                var when = date == null ? null : date.value();
                out.add(new OperationFact(m.title, leader, TheaterExtractor.theaterOf(doc, s.index(), rules),
                        START.matcher(verbs).find() ? when : null, END.matcher(verbs).find() ? when : null,
                        new Provenance(s.index(), sen.index(), sen.line(), doc.citations(sen.content()))));
            }
        });
        return out;
    }

    private record Mention(String title, int start) {}

    private List<Mention> mentions(Sentence sen, MilitaryEvidence evidence) {
        List<Mention> out = new ArrayList<>();
        for (Link l : sen.content().links())
            if (isOperation(l.page(), sen.text(), evidence)) out.add(new Mention(l.page(), l.start()));
        if (!sen.text().contains("Op")) return out; // every MENTION starts so; most sentences have none
        Matcher m = MENTION.matcher(sen.text());
        while (m.find()) {
            int at = m.start();
            boolean linked = sen.content().links().stream().anyMatch(l -> l.start() <= at && at < l.end() && isOperation(rules, l.page()));
            String title = m.group().replaceAll("\\s+–$", "").trim();
            if (!linked && isOperation(title, sen.text(), evidence) && out.stream().noneMatch(x -> x.title().equals(title)))
                out.add(new Mention(title, at));
        }
        return out;
    }

    /** An operation by its title, with the evidence its rule needs ("Operation Theatre" in a hospital is none). */
    private boolean isOperation(String title, String sentence, MilitaryEvidence evidence) {
        var rule = rules.classify(title);
        return rule.isPresent() && rule.get().emits().equals(Ckg.MilitaryOperation) && evidence.applies(rule.get(), title, sentence);
    }

    /** Whether the title rules type this title as a military operation. */
    static boolean isOperation(MappingRules rules, String title) {
        return rules.classify(title).map(r -> r.emits().equals(Ckg.MilitaryOperation)).orElse(false);
    }

    /**
     * The country that carries the operation out, as the sentence says before naming it: the first
     * country of the operation's clause ("American and Afghan forces launched Operation Hamza"), else
     * the last one before that clause unless the clause names another actor. Countries count by a
     * link's target (in "[[Operation Telic|Iraq]]" the word Iraq names an operation) or by name or
     * demonym in plain words, and not where they are places ("in [[Iraq]], the United States ...").
     */
    private Optional<Country> leaderBefore(Sentence sen, int end) {
        String text = sen.text();
        List<int[]> at = new ArrayList<>(); // start, end of each country named before the operation
        List<Country> named = new ArrayList<>();
        for (Link l : sen.content().links()) {
            if (l.end() > end) continue;
            countries.countries().find(l.page()).ifPresent(c -> { at.add(new int[] {l.start(), l.end()}); named.add(c); });
        }
        Matcher w = CAPITALISED.matcher(text.substring(0, end));
        while (w.find()) {
            if (insideLink(sen, w.start())) continue;
            int s = w.start(), e = w.end();
            Demonyms.bundled().country(w.group(), Countries.bundled()).ifPresent(c -> { at.add(new int[] {s, e}); named.add(c); });
        }
        int clauseStart = 0;
        for (Matcher c = CLAUSE.matcher(text.substring(0, end)); c.find(); ) clauseStart = c.end();
        int first = -1, last = -1;
        for (int i = 0; i < at.size(); i++) {
            int s = at.get(i)[0];
            if (rules.isPlaceContext(text.substring(Math.max(0, s - 40), s))) continue;
            if (s >= clauseStart && (first < 0 || s < at.get(first)[0])) first = i;
            if (s < clauseStart && (last < 0 || s > at.get(last)[0])) last = i;
        }
        if (first >= 0) return Optional.of(named.get(first));
        if (last >= 0 && !namesAnotherActor(sen, clauseStart, end)) return Optional.of(named.get(last));
        return Optional.empty();
    }

    private static boolean insideLink(Sentence sen, int at) {
        for (Link l : sen.content().links()) if (l.start() <= at && at < l.end()) return true;
        return false;
    }

    /** True when a capitalised link that is not a country stands in {@code [from, to)}: a person, an army, a group. */
    private boolean namesAnotherActor(Sentence sen, int from, int to) {
        for (Link l : sen.content().links()) {
            if (l.start() < from || l.end() > to || l.label().isEmpty()) continue;
            if (Character.isUpperCase(l.label().codePointAt(0)) && countries.countries().find(l.page()).isEmpty()) return true;
        }
        return false;
    }

    /** The country the section's heading, or the nearest enclosing heading, names. */
    private static Optional<Country> sectionLeader(WikiDocument doc, Section s) {
        for (int i = s.index(); i > 0; i = doc.section(i).parent()) {
            Optional<Country> c = Demonyms.bundled().ofHeading(doc.section(i).heading(), Countries.bundled());
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }
}
