package org.conflictkg.sweble;

/**
 * Turns the parser's line numbers into source lines. Sweble's preprocessor folds each template
 * and tag extension onto one line before the parser runs, so the parser's lines fall behind the
 * source by every line break folded away; renderers report each fold as they meet it.
 */
interface SourceLines {
    /** Lines taken as they are: for text parsed apart from a page (ref bodies, template arguments). */
    SourceLines AS_PARSED = new SourceLines() {
        @Override public int fix(int parserLine) { return parserLine; }
        @Override public void folded(int lineBreaks) {}
    };

    /** The source line of a parser line (0 stays 0: unknown). */
    int fix(int parserLine);

    /** A template or tag extension whose source held {@code lineBreaks} line breaks was just passed. */
    void folded(int lineBreaks);
}
