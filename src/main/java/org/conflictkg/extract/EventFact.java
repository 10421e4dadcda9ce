package org.conflictkg.extract;

import java.util.List;

import org.conflictkg.countries.Country;
import org.conflictkg.text.DateValue;

/**
 * A sentence that states a date, as a dated event: the normalised date with its precision (and
 * the end of a range), the theater of its section, the countries it names, its text and sources.
 */
public record EventFact(DateValue date, DateValue end, String theater, List<Country> actors, String text,
                        Provenance provenance) implements Fact {
}
