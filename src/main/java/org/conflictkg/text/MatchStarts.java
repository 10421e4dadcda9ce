package org.conflictkg.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns that run over every sentence of every page, tried only at
 * positions where a match can start. Java's matcher tries the whole pattern at each character; a
 * pattern such as {@code \b(joined|founded|...)\b} can start only at a word whose first letter
 * begins one of its words, a few positions in a sentence.
 *
 * <p>Which ASCII characters can start a match is learnt once by probing: the pattern is tried on
 * the one character, after a word character and after a space (the two left contexts {@code \b}
 * tells apart). A character is ruled out only when the match fails without reading past it
 * ({@link Matcher#hitEnd()} false), so no later text could make it match. Positions after a line
 * break or a non-ASCII character, the first position and the end are always tried. A pattern with
 * a lookbehind or {@code \G}, which read further left, is searched as usual.
 *
 * <p>Where the first character leaves a match possible, the second is looked at the same way (a
 * table per left context and first character, probed once): {@code \b(invited|joined|...)\b} can
 * start at any word beginning with "i" or "j", but only at those going on with "n" or "o".
 */
public final class MatchStarts {
    private final Pattern pattern;
    private final boolean[] afterWord, afterOther; // null: try everywhere
    private final boolean[][] secondAfterWord, secondAfterOther; // [first][second]; null where the first rules out

    private MatchStarts(Pattern pattern) {
        this.pattern = pattern;
        String re = pattern.pattern(); // a named group "(?<who>" reads no further left; a lookbehind does
        boolean probe = !re.contains("(?<=") && !re.contains("(?<!") && !re.contains("\\G");
        this.afterWord = probe ? starts(pattern, 'a') : null;
        this.afterOther = probe ? starts(pattern, ' ') : null;
        this.secondAfterWord = probe ? seconds(pattern, 'a', afterWord) : null;
        this.secondAfterOther = probe ? seconds(pattern, ' ', afterOther) : null;
    }

    public static MatchStarts of(Pattern pattern) { return new MatchStarts(pattern); }

    public Pattern pattern() { return pattern; }

    /** A matcher on {@code text} positioned on the first match, as {@code find()} leaves it, or null. */
    public Matcher find(String text) {
        Matcher m = pattern.matcher(text);
        return find(m, text, 0) ? m : null;
    }

    /**
     * The next match that starts at or after {@code from}, as {@code m.find(from)} finds it but
     * without resetting {@code m} to search the whole text; {@code m} is a matcher of this pattern on {@code text}.
     */
    public boolean find(Matcher m, String text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (afterWord == null) return m.region(from, text.length()).find();
        for (int i = from; i <= text.length(); i++)
            if (mayStartAt(text, i) && m.region(i, text.length()).lookingAt()) return true;
        return false;
    }

    public boolean matches(String text) { return find(text) != null; }

    /** Each match in {@code text}, in order, as repeated {@link Matcher#find()} gives them; the matcher is positioned on it. */
    public void each(String text, java.util.function.Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && find(m, text, from)) {
            action.accept(m);
            from = m.end() == m.start() ? m.end() + 1 : m.end(); // after an empty match, as find() goes on
        }
    }

    private boolean mayStartAt(String t, int i) {
        if (i == 0 || i == t.length()) return true;
        char c = t.charAt(i), left = t.charAt(i - 1);
        if (c >= 128 || left >= 128 || left == '\n' || left == '\r') return true;
        boolean word = isWord(left);
        if (!(word ? afterWord : afterOther)[c]) return false;
        if (i + 1 == t.length()) return true;
        char next = t.charAt(i + 1);
        return next >= 128 || (word ? secondAfterWord : secondAfterOther)[c][next];
    }

    private static boolean isWord(char c) { return Character.isLetterOrDigit(c) || c == '_'; }

    private static boolean[] starts(Pattern p, char left) {
        boolean[] out = new boolean[128];
        for (char c = 0; c < 128; c++) out[c] = mayMatch(p, new char[]{left, c});
        return out;
    }

    /** For each first character that may start a match, which second characters may follow it. */
    private static boolean[][] seconds(Pattern p, char left, boolean[] firsts) {
        boolean[][] out = new boolean[128][];
        for (char c = 0; c < 128; c++) {
            if (!firsts[c]) continue;
            out[c] = new boolean[128];
            for (char d = 0; d < 128; d++) out[c][d] = mayMatch(p, new char[]{left, c, d});
        }
        return out;
    }

    /**
     * Whether a match may start after the first character of {@code text}: it matches there, or it
     * failed only for want of more text (a character after these could still make it match).
     */
    private static boolean mayMatch(Pattern p, char[] text) {
        Matcher m = p.matcher(new String(text)).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(1, text.length);
        return m.lookingAt() || m.hitEnd();
    }
}
