package org.conflictkg.extract.conflict;

import org.conflictkg.doc.FieldItem;

/**
 * The heading of a side: the first line of a belligerents field that names the side rather than a
 * party, when more lines follow. It is a label ("Allies:"), or a line shown wholly in bold without a
 * flag ("'''[[Allies of World War II|Allies]]'''") above parties that are listed under it or shown
 * with flags; a bold line with a flag is the side's leading party ("'''{{flag|United States}}'''"),
 * and so is a bold first line of a side listed without flags.
 */
final class SideHeading {
    private SideHeading() {}

    /** The heading's words, or null when the line is a party. */
    static String of(FieldItem first, java.util.List<FieldItem> rest) {
        ItemParts p = ItemParts.of(first);
        String text = ItemParts.trimPunctuation(first.plain().replace('\u00A0', ' ').strip());
        if (text.isEmpty()) return null;
        if (first.plain().strip().endsWith(":")) return text;
        if (p.flag() != null) return null;
        if (!first.text().boldOver(0, first.plain().length())) return null;
        boolean under = rest.stream().anyMatch(x -> x.depth() > first.depth() || ItemParts.of(x).flag() != null);
        return under ? text : null;
    }
}
