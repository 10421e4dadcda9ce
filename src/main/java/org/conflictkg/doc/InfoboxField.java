package org.conflictkg.doc;

import java.util.List;

/**
 * One field of an infobox ({@code | commander1 = ...}): the whole value as one text, and the
 * same value cut into the entries a reader sees as separate lines.
 *
 * @param name  the field name, trimmed, as written
 * @param line  source line where the field starts
 * @param value the whole value rendered as text, with its links, templates and refs
 * @param items the value's lines and list items, in order (empty lines left out)
 */
public record InfoboxField(String name, int line, InlineText value, List<FieldItem> items) {
    public InfoboxField {
        items = List.copyOf(items);
    }

    public String text() { return value.text(); }
}
