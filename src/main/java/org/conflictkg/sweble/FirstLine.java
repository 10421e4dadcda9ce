package org.conflictkg.sweble;

/**
 * The source line of the first character a reader sees in a rendered text. Sweble gives lines to
 * some nodes only, and a text node often starts with the line break before its first word, so
 * the line is carried from the last located node and counted on through line breaks. A
 * template's line comes from the preprocessor and is exact; a text node's is the parser's, which
 * falls behind after folded multi-line templates and is corrected by {@link SourceLines}, at the
 * moment it is read (later folds do not concern it).
 */
final class FirstLine {
    private final SourceLines lines;
    private int current;
    private boolean currentExact;
    private int found;

    FirstLine(SourceLines lines) { this.lines = lines; }

    /** A node located at {@code line}; {@code exact} when the preprocessor placed it. */
    void at(int line, boolean exact) {
        if (line <= 0 || found != 0) return;
        current = line;
        currentExact = exact;
    }

    /** Text appended as it reads: line breaks move on, the first visible character fixes the line. */
    void text(CharSequence s) {
        for (int i = 0; i < s.length() && found == 0; i++) {
            char c = s.charAt(i);
            if (c == '\n') { if (current > 0) current++; }
            else if (!Character.isWhitespace(c) && c != '\u00A0') visible();
        }
    }

    /** Something visible that is not plain text (an entity, a template's words). */
    void visible() {
        if (found != 0 || current <= 0) return;
        found = currentExact ? current : lines.fix(current);
    }

    /** The source line; 0 when nothing visible was located. */
    int line() { return found; }
}
