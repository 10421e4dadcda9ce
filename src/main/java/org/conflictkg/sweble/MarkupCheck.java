package org.conflictkg.sweble;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.diag.Diagnostic;

/**
 * Finds unbalanced markup that Sweble silently recovers from: an unclosed {@code {{template},
 * table {@code {|} or {@code <ref>}, and stray closers. Sweble reads such text as plain text;
 * the reader should know where the page is broken.
 */
final class MarkupCheck {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{|}}|^\\{\\||^\\|}|<ref\\b[^>]*?/>|<ref\\b[^>]*>|</ref\\s*>|<!--|-->",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    private MarkupCheck() {}

    static List<Diagnostic> check(String page, String text) {
        List<Diagnostic> out = new ArrayList<>();
        Deque<int[]> templates = new ArrayDeque<>(), tables = new ArrayDeque<>(), refs = new ArrayDeque<>();
        int[] lineStarts = lineStarts(text);
        boolean comment = false;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String tok = m.group();
            int line = lineOf(lineStarts, m.start());
            if (comment) { if (tok.equals("-->")) comment = false; continue; }
            if (tok.equals("<!--")) { comment = true; continue; }
            if (tok.equals("{{")) templates.push(new int[]{line});
            else if (tok.equals("}}")) { if (templates.poll() == null) out.add(warn(page, line, "'}}' closes no template")); }
            else if (tok.startsWith("{|")) tables.push(new int[]{line});
            else if (tok.startsWith("|}")) { if (tables.poll() == null) out.add(warn(page, line, "'|}' closes no table")); }
            else if (tok.endsWith("/>")) { /* self-closing ref */ }
            else if (tok.toLowerCase().startsWith("</ref")) { if (refs.poll() == null) out.add(warn(page, line, "'</ref>' closes no <ref>")); }
            else refs.push(new int[]{line});
        }
        templates.forEach(t -> out.add(warn(page, t[0], "template '{{' opened here is never closed; read as plain text")));
        tables.forEach(t -> out.add(warn(page, t[0], "table '{|' opened here is never closed")));
        refs.forEach(t -> out.add(warn(page, t[0], "<ref> opened here is never closed; its text is not a citation")));
        return out;
    }

    private static Diagnostic warn(String page, int line, String message) {
        return Diagnostic.warning(page, null, line, message);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
