package org.conflictkg.extract.claims;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.CasualtyFact;
import org.conflictkg.extract.DatedSentences;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.Provenance;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.text.DateMention;

/** The casualty claims of a page, sentence by sentence: figure, group, kind of loss, claimant, date. */
public final class ClaimReader {
    /** Word stems every word of loss starts with: a cheap test before the patterns, which most sentences fail. */
    private static final String[] HARM_STEMS = {"kill", "death", "dead", "died", "casualt", "lives", "wound", "injur", "captur",
            "prisoner", "detain", "missing", "fatalit", "slain", "executed", "massacr", "drown", "desert"};
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** A part of a figure already counted: "killing 10 civilians, including 7 children". */
    private static final Pattern SUBCOUNT = Pattern.compile("(?i)\\b(?:including|among them|of whom|among whom)\\s+(?:the\\s+)?$");

    private final ClaimPatterns patterns;
    private final Governing governing;
    private final Claimants claimants;

    public ClaimReader(MappingRules rules) {
        this.patterns = new ClaimPatterns(rules);
        this.governing = new Governing(rules);
        this.claimants = new Claimants(rules);
    }

    public List<Fact> read(WikiDocument doc) {
        List<Fact> out = new ArrayList<>();
        Map<Sentence, DateMention> dates = new IdentityHashMap<>();
        for (DatedSentences.Dated d : DatedSentences.of(doc)) if (d.date() != null) dates.put(d.sentence(), d.date());
        for (Section s : doc.sections())
            for (Paragraph p : s.paragraphs()) {
                DateMention last = null;
                for (Sentence sen : p.sentences()) {
                    org.conflictkg.diag.PageDeadline.check();
                    DateMention own = dates.get(sen);
                    // A claim dated by its own sentence, else by the nearest dated sentence before it in its paragraph.
                    DateMention date = own != null && own.value() != null ? own : last;
                    if (own != null && own.value() != null) last = own;
                    read(doc, s, sen, date, out);
                }
            }
        return out;
    }

    private void read(WikiDocument doc, Section s, Sentence sen, DateMention date, List<Fact> out) {
        String t = sen.text();
        if (!mayTellHarm(t)) return;
        List<MatchResult> found = new ArrayList<>();
        Matcher m = patterns.claim.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < t.length(); at++) {
            // only at the start of a word that may start a claim
            if (at > 0 && Character.isLetterOrDigit(t.charAt(at - 1)) || !Character.isLetterOrDigit(t.charAt(at))
                    || !patterns.mayStart(t, at)) continue;
            m.region(at, t.length());
            if (!m.lookingAt()) continue;
            if (!SUBCOUNT.matcher(t.substring(Math.max(0, m.start() - 24), m.start())).find()) found.add(m.toMatchResult());
            at = m.end() - 1;
        }
        if (found.isEmpty()) return;
        List<Governing.Word> words = governing.words(t);
        List<Claimants.Found> who = null;
        List<Integer> starts = found.stream().map(MatchResult::start).toList();
        int k = 0;
        for (MatchResult c : found) {
            Long lo = number(c.group(2) != null ? c.group(2) : c.group(4)), hi = number(c.group(3) != null ? c.group(3) : c.group(5));
            if (lo == null && c.group(6) != null) lo = patterns.words(c.group(6));
            if (lo == null && c.group(7) != null) lo = patterns.words(c.group(7));
            if (lo == null || lo < 2 || isYear(c)) continue;
            Node kind = governing.kind(t, words, c.start(), c.end(), starts);
            if (kind == null) continue;
            if (who == null) who = claimants.find(t);
            String hedge = c.group(1) == null ? (c.group(7) != null ? c.group(7).toLowerCase(Locale.ROOT) : null) : c.group(1).toLowerCase(Locale.ROOT);
            String group = c.group(8).trim();
            if (group.isEmpty()) group = "deaths";
            out.add(new CasualtyFact(hi == null ? lo : null, hi == null ? null : lo, hi, hedge, group, Claimants.of(who, c.start()),
                    date == null ? null : date.value(), t, k++, kind,
                    new Provenance(s.index(), sen.index(), sen.line(), doc.citations(sen.content()))));
        }
    }

    private static boolean mayTellHarm(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        for (String stem : HARM_STEMS) if (lower.contains(stem)) return true;
        return false;
    }

    private static boolean isYear(MatchResult m) {
        String n = m.group(4) == null ? "" : m.group(4);
        return YEAR.matcher(n).matches() && m.group(5) == null;
    }

    private static Long number(String s) {
        return s == null ? null : Long.valueOf(s.replace(",", ""));
    }
}
