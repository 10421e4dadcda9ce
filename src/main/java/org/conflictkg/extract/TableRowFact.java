package org.conflictkg.extract;

import org.conflictkg.countries.Country;

/** A data row of a keyed table and the country it is about, whether or not any cell is coloured. */
public record TableRowFact(int table, int row, String label, Country country, Provenance provenance) implements Fact {
}
