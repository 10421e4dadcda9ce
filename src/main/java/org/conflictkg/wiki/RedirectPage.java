package org.conflictkg.wiki;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the target of a redirect page: its text starts with {@code #REDIRECT [[Target]]} (in dumps
 * and exports too, beside the {@code <redirect title="..."/>} element).
 */
public final class RedirectPage {
    // Bounded: a redirect's first line is short, and the target has no brackets or pipe.
    private static final Pattern REDIRECT = Pattern.compile("^\\s{0,64}#REDIRECT\\s{0,16}:?\\s{0,16}\\[\\[([^\\[\\]|\\n]{1,512})(?:\\|[^\\]\\n]{0,512})?]]",
            Pattern.CASE_INSENSITIVE);

    private RedirectPage() {}

    /** The normalised target, with any {@code #fragment}, when the text is a redirect. */
    public static Optional<String> target(String text) {
        if (!looksLikeRedirect(text)) return Optional.empty();
        Matcher m = REDIRECT.matcher(text.length() > 4096 ? text.substring(0, 4096) : text);
        if (!m.find()) return Optional.empty();
        String t = Titles.normalise(m.group(1));
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** A cheap first test: the first non-space character is '#'. */
    public static boolean looksLikeRedirect(String text) {
        for (int i = 0; i < text.length() && i < 64; i++) {
            char c = text.charAt(i);
            if (c == '#') return true;
            if (!Character.isWhitespace(c) && c != '\uFEFF') return false;
        }
        return false;
    }
}
