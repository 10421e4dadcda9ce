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
        // An operation that is a section's main article is led by the country the heading names;
        // that statement of the page's outline outweighs any passing mention.
        java.util.Map<String, Country> mainLeader = new java.util.HashMap<>();
        for (Section s : doc.sections())
            for (Template t : s.blockTemplates())
                if (rules.pointsAtTitle(t))
                    for (TemplateArg a : t.positionalArgs()) {
                        String title = new Link(a.text(), a.text(), 0, 0).page();
                        if (!isOperation(title)) continue;
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
            for (Mention m : mentions(sen)) {
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

    private List<Mention> mentions(Sentence sen) {
        List<Mention> out = new ArrayList<>();
        for (Link l : sen.content().links())
            if (isOperation(l.page())) out.add(new Mention(l.page(), l.start()));
        if (!sen.text().contains("Op")) return out; // every MENTION starts so; most sentences have none
        Matcher m = MENTION.matcher(sen.text());
        while (m.find()) {
            int at = m.start();
            boolean linked = sen.content().links().stream().anyMatch(l -> l.start() <= at && at < l.end() && isOperation(l.page()));
            String title = m.group().replaceAll("\\s+–$", "").trim();
            if (!linked && out.stream().noneMatch(x -> x.title().equals(title))) out.add(new Mention(title, at));
        }
        return out;
    }

    private boolean isOperation(String title) { return isOperation(rules, title); }

    /** Whether the title rules type this title as a military operation. */
    static boolean isOperation(MappingRules rules, String title) {
        return rules.classify(title).map(r -> r.emits().equals(Ckg.MilitaryOperation)).orElse(false);
    }

    /** The last country the sentence names before the operation (link or demonym), if any. */
    private Optional<Country> leaderBefore(Sentence sen, int end) {
        Country found = null;
        int foundAt = -1;
        for (Link l : sen.content().links()) {
            if (l.end() > end) continue;
            Optional<Country> c = countries.ofLink(l);
            if (c.isPresent() && l.start() > foundAt) { found = c.get(); foundAt = l.start(); }
        }
        Matcher w = CAPITALISED.matcher(sen.text().substring(0, end));
        while (w.find()) {
            Optional<Country> c = Demonyms.bundled().country(w.group(), Countries.bundled());
            if (c.isPresent() && w.start() > foundAt && found == null) { found = c.get(); foundAt = w.start(); }
        }
        return Optional.ofNullable(found);
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
