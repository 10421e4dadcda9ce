package org.conflictkg.extract.coalition;

import org.conflictkg.text.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.doc.Sentence;
import org.conflictkg.mapping.MappingRules;

/**
 * What one sentence says about a grouping's membership: countries listed outright, lists stated
 * by reference to another grouping ("the nine countries of the above-mentioned 5 September
 * coalition in Wales ... except ..., and furthermore ..."), a stated count, a date and a place.
 */
final class Statement {
    /** "the (extra) 18 countries of the above-mentioned ..." */
    private static final Pattern REF = Pattern.compile("(?i)\\b(?:the|a)\\s+(?:(extra|additional|other)\\s+)?(?:"
            + NumberWords.PATTERN + "\\s+)?countries\\s+(?:of|from|in)\\s+(?:the|a|an)\\s+(?:above-mentioned\\s+|aforementioned\\s+|earlier\\s+)?");
    private static final Pattern EXCEPT = Pattern.compile("(?i)\\bexcept(?:\\s+for)?\\b");
    private static final Pattern FURTHER = Pattern.compile("(?i)\\b(furthermore|additionally|in addition|as well as|plus)\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(those\\s+|these\\s+)?" + NumberWords.PATTERN
            + "\\s+(additional\\s+|extra\\s+|other\\s+)?countries\\b");
    static final Pattern PLACE = Pattern.compile("\\b(?:in|at|out of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)");
    static final Pattern LED = Pattern.compile("(?<![\\p{L}.])([\\p{L}.]{1,40})-led\\b");
    /** Month names, so that "in September" is no place. */
    static final Pattern MONTH = Pattern.compile("(?i)(January|February|March|April|May|June|July|August|September|October|November|December).*");

    record RefClause(String descriptor, boolean extra, List<Country> excepts, List<Country> additions) {}

    final int section;
    final int paragraph;
    final Sentence sentence;
    final List<Integer> citations;
    final List<Country> explicit = new ArrayList<>();
    final List<RefClause> refs = new ArrayList<>();
    Integer count;
    boolean anaphoric;
    DateMention date;
    String place;
    Node kind;
    Country leader;

    private Statement(int section, int paragraph, Sentence sentence, List<Integer> citations) {
        this.section = section;
        this.paragraph = paragraph;
        this.sentence = sentence;
        this.citations = citations;
    }

    boolean hasMembers() { return explicit.size() >= 3 || !refs.isEmpty(); }

    /** The statement a sentence makes, or null when it says nothing about membership. */
    static Statement parse(int section, int paragraph, Sentence s, List<Integer> citations, MappingRules rules,
                           CountryRecognizer countries) {
        String t = s.text();
        Statement st = new Statement(section, paragraph, s, citations);
        st.readCount(t);
        if (st.count == null && !st.anaphoric && cannotList(s)) return null; // spares the cue patterns most sentences
        Matcher cue = rules.membershipCue(t);
        if (cue == null && !st.anaphoric) return null;
        int from = -1, to = -1;
        if (cue != null) {
            boolean refAfter = REF.matcher(t).region(cue.end(), t.length()).find();
            if (refAfter || CountryMentions.in(s.content(), cue.end(), t.length(), countries).size() >= 3) { from = cue.end(); to = t.length(); }
            else if (CountryMentions.in(s.content(), 0, cue.start(), countries).size() >= 3) { from = 0; to = cue.start(); }
        }
        int descStart = t.length(), descEnd = t.length();
        if (from >= 0) {
            int a = from;
            for (String seg : t.substring(from, to).split(";", -1)) {
                int b = a + seg.length();
                int[] desc = st.segment(s, a, b, countries);
                if (desc != null) { descStart = Math.min(descStart, desc[0]); descEnd = desc[1]; }
                a = b + 1;
            }
        }
        if (!st.hasMembers() && st.count == null) return null;
        // Date, place and leader come from the sentence outside the descriptions of other groupings.
        String own = descStart < t.length() ? t.substring(0, descStart) + " " + t.substring(Math.min(descEnd, t.length())) : t;
        st.date = DateMention.main(t, 0, descStart);
        Matcher p = PLACE.matcher(own);
        while (p.find())
            if (countries.countries().find(p.group(1)).isEmpty() && !MONTH.matcher(p.group(1)).matches()
                    && !p.group(1).endsWith("-led")) { st.place = p.group(1); break; }
        Matcher led = LED.matcher(own);
        if (led.find()) st.leader = countries.countries().find(led.group(1)).orElse(null);
        st.kind = rules.groupingKind(t).map(r -> r.emits()).orElse(null);
        return st;
    }

    private void readCount(String t) {
        if (!containsIgnoreCase(t, "countries")) return; // COUNT needs the word; most sentences lack it
        Matcher m = COUNT.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase();
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 4)).toLowerCase();
            if (m.group(3) != null || before.endsWith("the ") || after.startsWith(" of")) continue;
            count = NumberWords.parse(m.group(2));
            anaphoric = m.group(1) != null && m.start() == 0;
            return;
        }
    }

    /**
     * True when no stretch of the sentence can name three countries: members are wikilinks to
     * countries or items between separators ({@code , ; : ( )}, "and", "or"), so three need three
     * links or two separators.
     */
    private static boolean cannotList(Sentence s) {
        if (s.content().links().size() >= 3) return false;
        String t = s.text();
        int separators = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean sep = ",;:()".indexOf(c) >= 0
                    || Character.isWhitespace(c) && (wordAt(t, i + 1, "and") || wordAt(t, i + 1, "or"));
            if (sep && ++separators >= 2) return false;
        }
        return true;
    }

    private static boolean wordAt(String t, int i, String word) {
        int end = i + word.length();
        return t.startsWith(word, i) && end < t.length() && Character.isWhitespace(t.charAt(end));
    }

    private static boolean containsIgnoreCase(String t, String word) {
        char lower = word.charAt(0), upper = Character.toUpperCase(lower);
        for (int i = 0; i + word.length() <= t.length(); i++) {
            char c = t.charAt(i);
            if ((c == lower || c == upper) && t.regionMatches(true, i, word, 0, word.length())) return true;
        }
        return false;
    }

    /** Reads one ';'-separated segment; returns the span of a reference's description, if any. */
    private int[] segment(Sentence s, int a, int b, CountryRecognizer countries) {
        String t = s.text();
        Matcher ref = REF.matcher(t).region(a, b);
        if (!ref.find()) {
            explicit.addAll(CountryMentions.in(s.content(), a, b, countries));
            return null;
        }
        Matcher ex = EXCEPT.matcher(t).region(ref.end(), b);
        Matcher fu = FURTHER.matcher(t).region(ref.end(), b);
        int exceptAt = ex.find() ? ex.start() : -1, furtherAt = fu.find() ? fu.start() : -1;
        int descEnd = min(exceptAt, furtherAt, b);
        List<Country> excepts = exceptAt < 0 ? List.of()
                : CountryMentions.in(s.content(), exceptAt, furtherAt > exceptAt ? furtherAt : b, countries);
        List<Country> additions = furtherAt < 0 ? List.of() : CountryMentions.in(s.content(), furtherAt, b, countries);
        refs.add(new RefClause(t.substring(ref.end(), descEnd), ref.group(1) != null, excepts, additions));
        return new int[]{ref.start(), descEnd};
    }

    private static int min(int x, int y, int b) {
        int m = b;
        if (x >= 0) m = Math.min(m, x);
        if (y >= 0) m = Math.min(m, y);
        return m;
    }
}
