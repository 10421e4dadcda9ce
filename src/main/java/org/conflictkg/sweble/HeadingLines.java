package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source lines of the headings of a page, in order. Sweble's preprocessor folds each template and
 * ref into a one-line placeholder before parsing, so the lines it reports for ordinary text drift
 * after every multi-line template; the headings found here re-anchor each section.
 */
final class HeadingLines {
    private static final Pattern HIDDEN = Pattern.compile(
            "<!--.*?-->|<ref\\b[^>/]*>.*?</ref\\s*>|<nowiki>.*?</nowiki>|<pre>.*?</pre>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^(={1,6})[^=\\n].*?\\1[ \\t]*$", Pattern.MULTILINE);

    private HeadingLines() {}

    static List<Integer> of(String text) {
        StringBuilder masked = new StringBuilder(text);
        Matcher h = HIDDEN.matcher(text);
        while (h.find())
            for (int i = h.start(); i < h.end(); i++) if (masked.charAt(i) != '\n') masked.setCharAt(i, ' ');
        List<Integer> lines = new ArrayList<>();
        Matcher m = HEADING.matcher(masked);
        int line = 1, pos = 0, depth = 0;
        while (m.find()) {
            // Count lines and open template braces up to the heading: a heading inside a template is no section.
            for (int i = pos; i < m.start(); i++) {
                char c = masked.charAt(i);
                if (c == '\n') line++;
                else if (i + 1 < m.start() && c == '{' && masked.charAt(i + 1) == '{') { depth++; i++; }
                else if (i + 1 < m.start() && c == '}' && masked.charAt(i + 1) == '}') { depth = Math.max(0, depth - 1); i++; }
            }
            pos = m.start();
            if (depth == 0) lines.add(line);
        }
        return lines;
    }
}
