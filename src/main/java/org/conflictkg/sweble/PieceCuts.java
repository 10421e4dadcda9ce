package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Where a page is cut for parsing. Always before each top-level heading; and, inside a section
 * longer than {@link #SECTION}, before a paragraph once a piece has grown past {@link #PIECE}.
 * Sweble's tree builder merges adjacent text nodes by copying the text built so far, so its cost
 * grows with the square of a paragraph's length (a 1 MB paragraph of short lines takes minutes);
 * pieces of bounded size keep the parse linear in the page. A paragraph longer than {@link #PIECE}
 * is itself cut at a line that follows the end of a sentence, or at any line past twice that length,
 * so only such a giant paragraph ever changes: it becomes several paragraphs, its sentences kept.
 * Cuts inside a section fall only on quiet lines (outside templates, tables, HTML elements, comments
 * and ref bodies); the nodes of such a continuation piece go back into the section it continues.
 */
final class PieceCuts {
    static final int SECTION = 32 * 1024;
    static final int PIECE = 16 * 1024;

    /** Sections longer than {@code section} chars are cut into pieces of about {@code piece}. */
    record Limits(int section, int piece) {
        static final Limits DEFAULT = new Limits(SECTION, PIECE);
        static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE / 2);
    }

    /** A cut before {@code line} (1-based); a continuation cut goes on with the section before it. */
    record Cut(int line, boolean continuation) {}

    private PieceCuts() {}

    static List<Cut> of(String text, List<Integer> headingCuts, BitSet quiet) {
        return of(text, headingCuts, quiet, Limits.DEFAULT);
    }

    static List<Cut> of(String text, List<Integer> headingCuts, BitSet quiet, Limits limits) {
        int section = limits.section(), piece = limits.piece();
        List<Cut> out = new ArrayList<>();
        int line = 1, k = 0, pieceStart = 0, paragraphStart = 0;
        boolean previousBlank = true, previousEndsSentence = false;
        int[] headingStarts = lineStarts(text, headingCuts);
        int nextHeading = headingCuts.isEmpty() ? Integer.MAX_VALUE : headingCuts.get(0);
        int sectionEnd = headingStarts.length > 0 ? headingStarts[0] : text.length();
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (line == nextHeading) {
                out.add(new Cut(line, false));
                nextHeading = ++k < headingCuts.size() ? headingCuts.get(k) : Integer.MAX_VALUE;
                pieceStart = start;
                sectionEnd = k < headingStarts.length ? headingStarts[k] : text.length();
            }
            boolean blank = isBlank(text, start, end);
            if (previousBlank && !blank) paragraphStart = start;
            int run = start - Math.max(paragraphStart, pieceStart); // of this paragraph, in this piece
            if (sectionEnd - pieceStart > section && start - pieceStart >= piece && quiet.get(line) && !blank
                    && (previousBlank || run >= piece && previousEndsSentence || run >= 2 * piece)) {
                out.add(new Cut(line, true));
                pieceStart = start;
            }
            if (!blank) previousEndsSentence = endsSentence(text, start, end);
            previousBlank = blank;
            start = end + 1;
        }
        return out;
    }

    /** The offsets at which the given lines (1-based, ascending) start; past the end, the text's length. */
    private static int[] lineStarts(String text, List<Integer> lines) {
        int[] out = new int[lines.size()];
        int line = 1, offset = 0;
        for (int k = 0; k < out.length; k++) {
            while (line < lines.get(k) && offset >= 0) {
                offset = text.indexOf('\n', offset);
                if (offset >= 0) { offset++; line++; }
            }
            out[k] = offset < 0 ? text.length() : offset;
        }
        return out;
    }

    private static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }

    private static boolean endsSentence(String s, int start, int end) {
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (end == start) return false;
        char c = s.charAt(end - 1);
        return c == '.' || c == '!' || c == '?';
    }
}
