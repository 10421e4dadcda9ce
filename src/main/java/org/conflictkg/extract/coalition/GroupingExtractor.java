package org.conflictkg.extract.coalition;

import org.conflictkg.text.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.Span;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.DatedSentences;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.GroupingFact;
import org.conflictkg.extract.MemberCountFact;
import org.conflictkg.extract.MembershipFact;
import org.conflictkg.extract.Provenance;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Ckg;

/**
 * Coalitions, meetings and programmes with their members, from prose. Sentences that state
 * membership (a cue of {@code mapping.ttl} and a list of countries, or a list stated by reference)
 * are grouped by paragraph and by date; groupings are named from the text; references to other
 * groupings are resolved by date and place, with "except" and "furthermore" applied; stated counts
 * are kept beside the resolved ones.
 */
public final class GroupingExtractor implements Extractor {
    private static final Pattern STYLED = Pattern.compile("(?i)\\b(styled|called|named)\\s+themselves\\b");
    private static final Pattern QUOTED = Pattern.compile("\\bat the\\s+'([^']{8,})'");
    private static final Pattern PROGRAMME = Pattern.compile("\\bthe\\s+((?:\\p{Lu}[\\p{L}()-]*\\s+)+(?:program|programme))\\b");
    private static final Pattern GROUPING_WORD = Pattern.compile("(?i)coalition|alliance|pact|league|union|programme|program");

    private final MappingRules rules;
    private final CountryRecognizer countries;

    public GroupingExtractor(MappingRules rules, CountryRecognizer countries) {
        this.rules = rules;
        this.countries = countries;
    }

    @Override public String name() { return "groupings"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Grouping> groupings = new ArrayList<>();
        Integer year = null;
        for (Section s : doc.sections()) {
            int p = 0;
            Grouping last = null;
            for (Paragraph para : s.paragraphs()) {
                Grouping current = null;
                for (Sentence sen : para.sentences()) {
                    org.conflictkg.diag.PageDeadline.check();
                    Statement st = Statement.parse(s.index(), p, sen, doc.citations(sen.content()), rules, countries);
                    // A new grouping needs words that mean one, in the sentence or its headings: "investors
                    // from Norway, Japan and Australia joined" lists countries but forms no coalition. Whether
                    // it stays is decided once it is named (see below).
                    if (st != null && current == null && st.refs.isEmpty()
                            && !rules.hasAllianceWords(sen.text()) && !rules.hasAllianceWords(s.pathString())) st = null;
                    if (st == null) {
                        if (last != null && STYLED.matcher(sen.text()).find() && last.name == null) last.name = italicAfterStyled(sen);
                    } else {
                        if (st.date != null) st.date = st.date.withYear(year);
                        current = assign(st, current, groupings, s);
                        current.allianceWords |= rules.hasAllianceWords(sen.text());
                        last = current;
                    }
                    for (DateMention d : DatedSentences.mentions(doc, sen)) if (d.year() != null) year = d.year();
                }
                p++;
            }
        }
        for (Grouping g : groupings) name(g, doc);
        // What prose alone suggests is a grouping only with a name or with words of alliance in its own
        // sentences: "the army included personnel and units from" three countries, under a heading about
        // an alliance, is none. And a grouping the text neither names, places, dates nor gives a leader
        // would be only "a coalition": "coalition" is never a label.
        groupings.removeIf(g -> g.name == null || g.described && !g.allianceWords);
        for (Grouping g : groupings) resolve(g, groupings, diagnostics, doc);
        return facts(groupings);
    }

    private Grouping assign(Statement st, Grouping current, List<Grouping> groupings, Section s) {
        Grouping g = null;
        if (current != null && (st.date == null || current.date == null || st.anaphoric || st.date.sameDay(current.date))) g = current;
        if (g == null && st.date != null && st.date.day() != null)
            for (Grouping x : groupings)
                if (st.date.sameDay(x.date) && (x.place == null || st.place == null || x.place.equals(st.place))) { g = x; break; }
        if (g == null) {
            g = new Grouping(s.index());
            g.leader = headingLeader(s);
            groupings.add(g);
        }
        g.absorb(st);
        return g;
    }

    private Country headingLeader(Section s) {
        Matcher m = Statement.LED.matcher(s.heading());
        return m.find() ? countries.countries().find(m.group(1)).orElse(null) : null;
    }

    private static String italicAfterStyled(Sentence s) {
        Matcher m = STYLED.matcher(s.text());
        if (!m.find()) return null;
        for (Span i : s.content().italics()) if (i.start() >= m.end()) return s.text().substring(i.start(), i.end()).trim();
        return null;
    }

    /** A name from the text: a quoted conference, "the X program", the section's main article, else a description. */
    private void name(Grouping g, WikiDocument doc) {
        if (g.name != null) return;
        Statement first = g.first();
        String t = first.sentence.text();
        Matcher q = QUOTED.matcher(t);
        if (q.find()) { g.name = q.group(1); return; }
        Matcher pr = PROGRAMME.matcher(t);
        if (pr.find()) { g.name = expandAcronym(pr.group(1), doc.section(first.section), first); return; }
        String named = sectionName(doc.section(first.section));
        if (named != null) { g.name = named; return; }
        String kind = g.kind == null ? "coalition" : g.kind.getLocalName().toLowerCase();
        boolean dated = g.date != null && g.date.value() != null;
        if (g.leader == null && g.place == null && !dated) return;   // "coalition" is never a label
        g.described = true;
        g.name = (g.leader != null ? g.leader.name() + "-led " : "") + kind
                + (g.place != null ? " in " + g.place : "")
                + (dated ? ", " + g.date.value().lexical() : "");
    }

    /** The grouping a section is about, when its heading says it is one and its main article names it; else null. */
    private String sectionName(Section s) {
        if (!GROUPING_WORD.matcher(s.heading()).find()) return null;
        for (Template tp : s.blockTemplates())
            if (rules.pointsAtTitle(tp) && rules.classify(tp.positional(1)).isEmpty()) return tp.positional(1);
        return null;
    }

    /** "BPC program" becomes "Building Partner Capacity (BPC) program" when a link of the section spells it out. */
    private static String expandAcronym(String name, Section s, Statement st) {
        String acronym = name.split("\\s+")[0];
        if (!acronym.matches("\\p{Lu}{2,}")) return name;
        for (Paragraph p : s.paragraphs())
            for (Sentence sen : p.sentences())
                for (Link l : sen.content().links())
                    if (l.label().contains("(" + acronym + ")")) return l.label();
        return name;
    }

    private Map<org.conflictkg.countries.Country, String> resolve(Grouping g, List<Grouping> all,
                                                                 Consumer<Diagnostic> diagnostics, WikiDocument doc) {
        if (g.members != null) return g.members;
        if (g.resolving) return new java.util.LinkedHashMap<>(); // a cycle of references: stop here
        g.resolving = true;
        Map<Country, String> m = new java.util.LinkedHashMap<>();
        for (Statement st : g.statements) {
            for (Country c : st.explicit) if (st.explicit.size() >= 3) m.putIfAbsent(c, "listed");
            for (Statement.RefClause r : st.refs) {
                Optional<Grouping> target = find(r.descriptor(), g, all);
                if (target.isEmpty()) {
                    diagnostics.accept(Diagnostic.warning(doc.page().title(), doc.section(st.section).pathString(), st.sentence.line(),
                            "cannot tell which grouping 'the countries of the " + r.descriptor().trim() + "' refers to"));
                    continue;
                }
                Map<Country, String> theirs = resolve(target.get(), all, diagnostics, doc);
                for (Country c : theirs.keySet())
                    if (!r.extra() || !m.containsKey(c)) {
                        if (!r.excepts().contains(c)) m.putIfAbsent(c, "by reference to " + target.get().name);
                    }
                for (Country c : r.excepts()) if (m.get(c) != null && m.get(c).startsWith("by reference")) m.remove(c);
                for (Country c : r.additions()) m.putIfAbsent(c, "listed");
            }
        }
        if (g.leader != null && !m.isEmpty()) m.putIfAbsent(g.leader, "leader");
        g.members = m;
        g.resolving = false;
        return m;
    }

    /** The grouping a description names, by its date and place ("the 15 September France-led coalition in Paris"). */
    private static Optional<Grouping> find(String descriptor, Grouping self, List<Grouping> all) {
        DateMention d = DateMention.main(descriptor, 0, descriptor.length());
        Matcher p = Statement.PLACE.matcher(descriptor);
        String place = null;
        while (p.find()) if (!Statement.MONTH.matcher(p.group(1)).matches()) { place = p.group(1); break; }
        for (Grouping g : all) {
            if (g == self || !g.hasMembers()) continue;
            boolean dateOk = d == null || d.sameDay(g.date);
            boolean placeOk = place == null || place.equals(g.place);
            if (dateOk && placeOk && (d != null || place != null)) return Optional.of(g);
        }
        return Optional.empty();
    }

    private List<Fact> facts(List<Grouping> groupings) {
        List<Fact> out = new ArrayList<>();
        for (Grouping g : groupings) {
            if (g.members == null || g.members.isEmpty()) continue;
            Statement first = g.first();
            Provenance where = new Provenance(first.section, first.sentence.index(), first.sentence.line(), first.citations);
            String key = g.name;
            var date = g.date == null ? null : g.date.value();
            out.add(new GroupingFact(key, g.kind == null ? Ckg.Coalition : g.kind, g.name, date, g.place, g.leader, where));
            for (Map.Entry<Country, String> e : g.members.entrySet())
                out.add(new MembershipFact(key, e.getKey(), date, e.getValue(), where));
            if (g.count != null) {
                Statement cs = g.countStatement;
                out.add(new MemberCountFact(key, g.count, g.members.size(),
                        new Provenance(cs.section, cs.sentence.index(), cs.sentence.line(), cs.citations)));
            }
        }
        return out;
    }
}
