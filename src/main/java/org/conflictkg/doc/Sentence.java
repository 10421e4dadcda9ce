package org.conflictkg.doc;

/**
 * One sentence of a paragraph: its text (offsets relative to it) and the refs that follow it,
 * up to the start of the next sentence.
 *
 * @param index position among the sentences of the section
 */
public record Sentence(int index, InlineText content) {
    public String text() { return content.text(); }
    public int line() { return content.line(); }
}
