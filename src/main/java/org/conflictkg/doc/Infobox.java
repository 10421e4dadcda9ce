package org.conflictkg.doc;

import java.util.List;
import java.util.Optional;

/**
 * An infobox of the page's lead, read as data: its template name (normalised as {@link Template#name()},
 * so {@code {{#invoke:Infobox military conflict|main|...}}} is "infobox military conflict|main")
 * and its fields in order, each with the lines and list items it shows.
 */
public record Infobox(String name, int line, List<InfoboxField> fields) {
    public Infobox {
        fields = List.copyOf(fields);
    }

    /** The first non-blank field with this name (case-insensitive). */
    public Optional<InfoboxField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName) && !f.value().isBlank()).findFirst();
    }
}
