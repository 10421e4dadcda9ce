package org.conflictkg.extract;

import org.conflictkg.countries.Country;

/**
 * One coloured cell of a keyed table: the row's country was involved in the column's theater in
 * the way the key names the colour. Provenance carries the refs in the cell.
 */
public record InvolvementFact(int table, int row, int column, Country country, String theater, String type,
                              String colour, boolean citationNeeded, Provenance provenance) implements Fact {
}
