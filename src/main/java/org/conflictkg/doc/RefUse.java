package org.conflictkg.doc;

/**
 * One {@code <ref>} where it stands in the text.
 *
 * @param index  position among all refs of the page, in document order
 * @param name   the {@code name} attribute, or null
 * @param group  the {@code group} attribute, or null
 * @param body   the raw wikitext body, or null for a reuse ({@code <ref name="x"/>})
 * @param line   source line
 * @param offset offset in the enclosing text (refs render as nothing, so it is the end of what precedes)
 */
public record RefUse(int index, String name, String group, String body, int line, int offset) {
    public boolean defines() { return body != null && !body.isBlank(); }

    RefUse shift(int delta) { return new RefUse(index, name, group, body, line, offset + delta); }
}
