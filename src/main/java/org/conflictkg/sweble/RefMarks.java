package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets one Sweble parse read ref bodies too. Sweble keeps a {@code <ref>} body as raw text, so
 * each plain ref is rewritten, before the parse, into an inline element whose body Sweble parses
 * as wikitext: {@code <ref name="a">body</ref>} becomes {@code <bdi data-ckgref="0" name="a">body</bdi>}.
 * Lines do not move. A ref is left as it is (and its body parsed on its own later) when the
 * rewrite could change how the text around it reads: inside a template, where {@code =} and
 * {@code |} would split arguments; with a body over several lines; with {@code ''} outside
 * templates, which Sweble would pair with the quotes of the surrounding line.
 */
final class RefMarks {
    static final String TAG = "bdi";
    static final String ATTRIBUTE = "data-ckgref";

    /** One rewritten ref: its raw body (null for a reuse) and source line. */
    record Mark(String body, int line) {}

    /** The text Sweble parses, and the marks by their number. */
    record Marked(String text, List<Mark> marks) {}

    private RefMarks() {}

    static Marked of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1024);
        List<Mark> marks = new ArrayList<>();
        int line = 1, depth = 0, copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            else if (c == '{' && next(text, i, '{')) { depth++; i++; }
            else if (c == '}' && next(text, i, '}')) { depth = Math.max(0, depth - 1); i++; }
            else if (c == '<') {
                int skip = skipOpaque(text, i);
                if (skip > i) { line += Nodes.newlines(text, i, skip); i = skip - 1; continue; }
                if (depth > 0 || !startsTag(text, i, "ref")) continue;
                int open = text.indexOf('>', i);
                if (open < 0) break;
                String attrs = text.substring(i + 4, open);
                if (attrs.indexOf('\n') >= 0 || attrs.indexOf('<') >= 0) continue;
                boolean reuse = attrs.endsWith("/");
                String body = null;
                int close = open + 1;
                if (!reuse) {
                    int end = closingTag(text, open + 1, "ref");
                    int gt = end < 0 ? -1 : text.indexOf('>', end);
                    if (gt < 0) continue;
                    body = text.substring(open + 1, end);
                    close = gt + 1;
                    if (!inlineSafe(body)) { // left for the parse of bodies on their own
                        line += Nodes.newlines(text, i, close);
                        i = close - 1;
                        continue;
                    }
                }
                out.append(text, copied, i).append('<').append(TAG).append(' ').append(ATTRIBUTE).append("=\"")
                        .append(marks.size()).append("\" ").append(attrs).append('>');
                if (!reuse) out.append(body).append("</").append(TAG).append('>');
                marks.add(new Mark(body, line));
                copied = close;
                i = close - 1;
            }
        }
        out.append(text, copied, text.length());
        return new Marked(out.toString(), List.copyOf(marks));
    }

    private static boolean next(String s, int i, char c) { return i + 1 < s.length() && s.charAt(i + 1) == c; }

    /** {@code <name} followed by a space, {@code >} or {@code /}, in any case. */
    static boolean startsTag(String s, int i, String name) {
        int end = i + 1 + name.length();
        if (end >= s.length() || !s.regionMatches(true, i + 1, name, 0, name.length())) return false;
        char c = s.charAt(end);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** End of a comment, nowiki or pre starting at {@code i} (exclusive), or {@code i} when none starts there. */
    static int skipOpaque(String s, int i) {
        if (s.startsWith("<!--", i)) { int e = s.indexOf("-->", i + 4); return e < 0 ? s.length() : e + 3; }
        for (String tag : new String[] {"nowiki", "pre"}) {
            if (!startsTag(s, i, tag)) continue;
            int gt = s.indexOf('>', i);
            if (gt < 0 || s.charAt(gt - 1) == '/') return gt < 0 ? i : gt + 1; // <nowiki/>
            int e = closingTag(s, gt, tag);
            return e < 0 ? i : s.indexOf('>', e) + 1;
        }
        return i;
    }

    /** Offset of the next {@code </name>} (any case, spaces allowed before {@code >}) from {@code from}, or -1. */
    static int closingTag(String s, int from, String name) {
        String what = "</" + name;
        for (int i = indexOfIgnoreCase(s, what, from); i >= 0; i = indexOfIgnoreCase(s, what, i + 1)) {
            int j = i + what.length();
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
            if (j < s.length() && s.charAt(j) == '>') return i;
        }
        return -1;
    }

    private static boolean inlineSafe(String body) {
        if (body.isBlank() || body.indexOf('\n') >= 0) return false;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("<ref") || lower.contains("</" + TAG) || lower.contains("<" + TAG)) return false;
        int depth = 0;
        for (int i = 0; i + 1 < body.length(); i++) {
            char c = body.charAt(i), d = body.charAt(i + 1);
            if (c == '{' && d == '{') { depth++; i++; }
            else if (c == '}' && d == '}') { depth--; i++; }
            else if (c == '\'' && d == '\'' && depth <= 0) return false;
        }
        return depth == 0;
    }

    static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1))
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        return -1;
    }

}
