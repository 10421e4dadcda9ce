package org.conflictkg.doc;

/**
 * One entry of an infobox field as a reader sees the list: a line of a {@code <br>}-separated
 * field, an item of a {@code *} list, {@code {{plainlist}}} or {@code {{ubl}}}.
 *
 * @param depth 0 for a line of the field itself, 1 for an item of a list, 2 for a nested item
 */
public record FieldItem(InlineText text, int depth) {
    public String plain() { return text.text(); }
}
