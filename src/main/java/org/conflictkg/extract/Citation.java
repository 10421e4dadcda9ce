package org.conflictkg.extract;

import java.util.List;

import org.conflictkg.text.DateValue;

/**
 * A cited source, read from a defining {@code <ref>}. Strings are "" and dates null when absent.
 *
 * @param ref   index of the defining ref
 * @param style the citation template ("cite news") or "link"/"text" for a ref without one
 */
public record Citation(int ref, String name, String style, String title, String url, String archiveUrl,
                       String work, String publisher, List<String> authors, DateValue date, DateValue accessDate,
                       String language, String text, Provenance provenance) implements Fact {
}
