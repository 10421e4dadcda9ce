package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Source lines of the headings of a page, in order. Sweble's preprocessor folds each template and
 * ref into a one-line placeholder before parsing, so the lines it reports for ordinary text drift
 * after every multi-line template; the headings found here re-anchor each section. A heading is a
 * line {@code == Title ==} outside comments, ref bodies, nowiki, pre and templates.
 */
final class HeadingLines {
    private HeadingLines() {}

    /**
     * Lines of all headings; of the level-1 and level-2 headings outside tables, where a page may be
     * cut; and of the lines a long section may be cut before ({@link PieceCuts}): outside templates,
     * tables, open HTML elements, comments and ref bodies.
     */
    record Found(List<Integer> lines, List<Integer> cuts, BitSet quiet) {}

    static List<Integer> of(String text) { return find(text).lines(); }

    static Found find(String text) {
        BitSet hidden = new BitSet();
        char[] masked = masked(text, hidden);
        List<Integer> lines = new ArrayList<>(), cuts = new ArrayList<>();
        BitSet quiet = new BitSet();
        int line = 1, depth = 0, tables = 0, elements = 0;
        for (int start = 0; start < masked.length; line++) {
            int end = start;
            while (end < masked.length && masked[end] != '\n') end++;
            boolean insideHidden = start > 0 && hidden.get(start - 1) && hidden.get(start);
            if (depth == 0 && tables == 0 && elements == 0 && !insideHidden) quiet.set(line);
            elements = OpenElements.after(masked, start, end, elements);
            int level = depth == 0 ? level(masked, start, end) : 0;
            if (level > 0) lines.add(line);
            if (level > 0 && level <= 2 && tables == 0) cuts.add(line);
            if (end - start >= 2 && masked[start] == '{' && masked[start + 1] == '|') tables++;
            if (end - start >= 2 && masked[start] == '|' && masked[start + 1] == '}') tables = Math.max(0, tables - 1);
            for (int i = start; i + 1 < end; i++) {
                if (masked[i] == '{' && masked[i + 1] == '{') { depth++; i++; }
                else if (masked[i] == '}' && masked[i + 1] == '}') { depth = Math.max(0, depth - 1); i++; }
            }
            start = end + 1;
        }
        return new Found(lines, cuts, quiet);
    }

    /** The level n of a heading line {@code ={n} x ... ={n}} (1 ≤ n ≤ 6, spaces allowed after), or 0. */
    private static int level(char[] s, int start, int end) {
        while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r')) end--;
        int n = 0;
        while (start + n < end && s[start + n] == '=') n++;
        if (n < 1 || n > 6 || end - start < 2 * n + 1) return 0;
        for (int i = end - n; i < end; i++) if (s[i] != '=') return 0;
        return n;
    }

    /** The text with comments, ref bodies, nowiki and pre blanked out, newlines kept; what was blanked set in {@code hidden}. */
    private static char[] masked(String text, BitSet hidden) {
        char[] out = text.toCharArray();
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            int end = hiddenEnd(text, i);
            if (end <= i) continue;
            hidden.set(i, end);
            for (int j = i; j < end; j++) if (out[j] != '\n') out[j] = ' ';
            i = end - 1;
        }
        return out;
    }

    private static int hiddenEnd(String s, int i) {
        if (s.startsWith("<!--", i)) { int e = s.indexOf("-->", i + 4); return e < 0 ? i : e + 3; }
        if (RefMarks.startsTag(s, i, "ref")) {
            int gt = s.indexOf('>', i);
            if (gt < 0 || s.substring(i, gt).indexOf('/') >= 0) return i;
            int close = RefMarks.closingTag(s, gt, "ref");
            return close < 0 ? i : s.indexOf('>', close) + 1;
        }
        for (String tag : new String[] {"nowiki", "pre"}) {
            if (!s.regionMatches(true, i, "<" + tag + ">", 0, tag.length() + 2)) continue;
            int close = RefMarks.indexOfIgnoreCase(s, "</" + tag + ">", i);
            return close < 0 ? i : close + tag.length() + 3;
        }
        return i;
    }
}
