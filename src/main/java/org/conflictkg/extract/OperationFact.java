package org.conflictkg.extract;

import org.conflictkg.countries.Country;
import org.conflictkg.text.DateValue;

/** A named military operation as one passage states it: who leads it, where, and when it began or ended. */
public record OperationFact(String title, Country leader, String theater, DateValue start, DateValue end,
                            Provenance provenance) implements Fact {
}
