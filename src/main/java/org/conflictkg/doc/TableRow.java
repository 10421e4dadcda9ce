package org.conflictkg.doc;

import java.util.List;
import java.util.Map;

/** A table row: its attributes and cells in source order (spans not yet expanded). */
public record TableRow(Map<String, String> attributes, List<TableCell> cells, int line) {
    public boolean isHeaderRow() { return !cells.isEmpty() && cells.stream().allMatch(TableCell::header); }
}
