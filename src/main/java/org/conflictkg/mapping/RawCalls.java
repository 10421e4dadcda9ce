package org.conflictkg.mapping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quick tests of raw wikitext for a template call or a category link, as a selecting run makes on
 * every page of a dump. A pattern that starts with {@code {{} or {@code [[} is tried only where the
 * text has those two characters (found with {@link String#indexOf}, which the JVM runs as a vector
 * search), each time over a window that holds any match: a case-insensitive {@code find()} would
 * lower-case every character of every page, and cost more than reading the page.
 */
public final class RawCalls {
    /** Longer than any match of the patterns tried here (their repetitions are bounded). */
    private static final int WINDOW = 512;

    private RawCalls() {}

    /** True when {@code pattern}, which starts with the two characters of {@code opening}, matches at one of them. */
    public static boolean find(Pattern pattern, String text, String opening) {
        return pattern != null && any(pattern, text, opening, null, m -> true);
    }

    /**
     * Each match of {@code pattern} at an occurrence of {@code opening}, to {@code test}; true at the
     * first it accepts. With {@code firsts}, for a pattern whose first character after the opening and
     * up to four spaces or underscores is one of them, the pattern is tried only there (a page has
     * hundreds of links, and its categories are a few); null tries it at every opening.
     */
    public static boolean any(Pattern pattern, String text, String opening, String firsts, java.util.function.Predicate<Matcher> test) {
        Matcher m = null;
        for (int i = text.indexOf(opening); i >= 0; i = text.indexOf(opening, i + 1)) {
            if (firsts != null && firsts.indexOf(firstAfter(text, i + opening.length())) < 0) continue;
            if (m == null) m = pattern.matcher(text);
            m.region(i, Math.min(text.length(), i + WINDOW));
            if (m.lookingAt() && test.test(m)) return true;
        }
        return false;
    }

    /** The character at {@code i} after up to four spaces or underscores, or 0 at the end of the text. */
    private static char firstAfter(String text, int i) {
        for (int end = Math.min(text.length(), i + 5); i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '_') return c;
        }
        return 0;
    }
}
