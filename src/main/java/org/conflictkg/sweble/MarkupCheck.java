package org.conflictkg.sweble;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.conflictkg.diag.Diagnostic;

/**
 * Finds unbalanced markup that Sweble silently recovers from: an unclosed {@code {{template},
 * table {@code {|} or {@code <ref>}, and stray closers. Sweble reads such text as plain text;
 * the reader should know where the page is broken.
 */
final class MarkupCheck {
    private MarkupCheck() {}

    // A scan by hand rather than one regex with alternatives: this runs over every page, and the
    // regex tried each alternative at each of the page's characters.
    static List<Diagnostic> check(String page, String text) {
        List<Diagnostic> out = new ArrayList<>();
        Deque<Integer> templates = new ArrayDeque<>(), tables = new ArrayDeque<>(), refs = new ArrayDeque<>();
        int line = 1;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atStart = lineStart;
            lineStart = c == '\n';
            if (c == '\n') line++;
            else if (c == '{' && next(text, i, '{')) { templates.push(line); i++; }
            else if (c == '}' && next(text, i, '}')) {
                if (templates.poll() == null) out.add(warn(page, line, "'}}' closes no template"));
                i++;
            } else if (atStart && c == '{' && next(text, i, '|')) { tables.push(line); i++; }
            else if (atStart && c == '|' && next(text, i, '}')) {
                if (tables.poll() == null) out.add(warn(page, line, "'|}' closes no table"));
                i++;
            } else if (c == '<') {
                if (text.startsWith("<!--", i)) {
                    int end = text.indexOf("-->", i + 4);
                    int to = end < 0 ? text.length() : end + 3;
                    line += Nodes.newlines(text, i, to);
                    i = to - 1;
                } else if (RefMarks.startsTag(text, i, "ref")) {
                    int gt = text.indexOf('>', i);
                    if (gt < 0) { refs.push(line); break; }
                    if (text.charAt(gt - 1) != '/') refs.push(line);
                } else if (text.regionMatches(true, i, "</ref", 0, 5) && closesRef(text, i + 5)) {
                    if (refs.poll() == null) out.add(warn(page, line, "'</ref>' closes no <ref>"));
                }
            }
        }
        templates.forEach(l -> out.add(warn(page, l, "template '{{' opened here is never closed; read as plain text")));
        tables.forEach(l -> out.add(warn(page, l, "table '{|' opened here is never closed")));
        refs.forEach(l -> out.add(warn(page, l, "<ref> opened here is never closed; its text is not a citation")));
        return out;
    }

    private static boolean next(String s, int i, char c) { return i + 1 < s.length() && s.charAt(i + 1) == c; }

    private static boolean closesRef(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i < s.length() && s.charAt(i) == '>';
    }

    private static Diagnostic warn(String page, int line, String message) {
        return Diagnostic.warning(page, null, line, message);
    }
}
