package org.conflictkg.wiki;

import java.util.Map;
import java.util.Optional;

import org.conflictkg.source.SourcePage;

/**
 * Template pages of the inputs that hold an infobox the mapping reads: a large war's article often
 * transcludes its infobox from a page of its own ({@code {{Some war infobox}}}), and the infobox is
 * read from that page when the inputs include it. Keyed by the name an article calls it by,
 * normalised as {@link org.conflictkg.doc.Template#normalise} does ("some war infobox").
 */
public record InfoboxTemplates(Map<String, SourcePage> byName) implements java.io.Serializable {
    public static final InfoboxTemplates NONE = new InfoboxTemplates(Map.of());

    public InfoboxTemplates {
        byName = Map.copyOf(byName);
    }

    public Optional<SourcePage> page(String normalisedName) {
        return Optional.ofNullable(byName.get(normalisedName));
    }

    public boolean isEmpty() { return byName.isEmpty(); }
}
