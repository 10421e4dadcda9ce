package org.conflictkg.doc;

import java.util.List;
import java.util.Map;

/**
 * A wikitable: attributes, caption and rows.
 *
 * @param index position among the tables of the page
 */
public record Table(int index, Map<String, String> attributes, InlineText caption, List<TableRow> rows, int line)
        implements Block {
}
