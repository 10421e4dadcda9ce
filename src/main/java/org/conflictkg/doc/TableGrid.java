package org.conflictkg.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table with its row and column spans expanded: every (row, column) position holds the cell that
 * covers it. A cell spanning several positions appears at each, marked {@code origin} at its first.
 */
public final class TableGrid {
    /** The cell covering a position; {@code origin} is true at the cell's top-left position. */
    public record Slot(TableCell cell, int row, int column, boolean origin) {}

    private final List<List<Slot>> rows;

    private TableGrid(List<List<Slot>> rows) { this.rows = rows; }

    public static TableGrid of(Table t) {
        Map<Long, Slot> taken = new HashMap<>();
        int height = t.rows().size();
        for (int r = 0; r < t.rows().size(); r++) {
            int c = 0;
            for (TableCell cell : t.rows().get(r).cells()) {
                while (taken.containsKey(key(r, c))) c++;
                for (int dr = 0; dr < cell.rowspan(); dr++)
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken.put(key(r + dr, c + dc), new Slot(cell, r + dr, c + dc, dr == 0 && dc == 0));
                        height = Math.max(height, r + dr + 1);
                    }
                c += cell.colspan();
            }
        }
        List<List<Slot>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<Slot> row = new ArrayList<>();
            for (int c = 0; taken.containsKey(key(r, c)); c++) row.add(taken.get(key(r, c)));
            rows.add(List.copyOf(row));
        }
        return new TableGrid(List.copyOf(rows));
    }

    private static long key(int r, int c) { return ((long) r << 32) | c; }

    public int rowCount() { return rows.size(); }

    public List<Slot> row(int r) { return rows.get(r); }

    /** The slot at a position, or null beyond the row's end. */
    public Slot at(int r, int c) {
        List<Slot> row = rows.get(r);
        return c < row.size() ? row.get(c) : null;
    }

    /** A row whose every cell is a header cell. */
    public boolean isHeaderRow(int r) {
        return !rows.get(r).isEmpty() && rows.get(r).stream().allMatch(s -> s.cell().header());
    }

    /** How many distinct cells cover the row (a colspan counts once). */
    public long distinctCells(int r) {
        java.util.Set<TableCell> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        rows.get(r).forEach(s -> seen.add(s.cell()));
        return seen.size();
    }
}
