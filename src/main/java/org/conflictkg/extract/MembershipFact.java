package org.conflictkg.extract;

import org.conflictkg.countries.Country;
import org.conflictkg.text.DateValue;

/**
 * A country's membership of a grouping, from a date, with how it was read: listed in the sentence,
 * resolved through a reference to another grouping, or as the grouping's leader.
 */
public record MembershipFact(String grouping, Country country, DateValue since, String how, Provenance provenance)
        implements Fact {
}
