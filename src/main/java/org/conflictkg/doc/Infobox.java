package org.conflictkg.doc;

import java.util.List;
import java.util.Optional;

/**
 * An infobox of the page, read as data, with the section it stands in (0 for the lead): its template name (normalised as {@link Template#name()},
 * so {@code {{#invoke:Infobox military conflict|main|...}}} is "infobox military conflict|main")
 * and its fields in order, each with the lines and list items it shows.
 */
public record Infobox(String name, int line, List<InfoboxField> fields, int section) {
    public Infobox {
        fields = List.copyOf(fields);
    }

    /** An infobox of the lead. */
    public Infobox(String name, int line, List<InfoboxField> fields) {
        this(name, line, fields, 0);
    }

    /** The first non-blank field with this name (case-insensitive). */
    public Optional<InfoboxField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName) && !f.value().isBlank()).findFirst();
    }
}
