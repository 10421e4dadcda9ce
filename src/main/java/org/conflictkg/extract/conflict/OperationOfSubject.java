package org.conflictkg.extract.conflict;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Country;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.OperationFact;
import org.conflictkg.rdf.Ckg;

/**
 * When the page's subject is a military operation, the operation as the timeline knows it: led by
 * the first present-day country of its first side (the country a party is, or the one its flag
 * shows: "{{flagicon|France}} [[French Armed Forces]]" is France's), over the infobox's dates. An article that only
 * links the operation often does not say who carried it out; read with the operation's own page,
 * the union of the two graphs does.
 */
final class OperationOfSubject {
    private OperationOfSubject() {}

    static Optional<OperationFact> of(String title, Node kind, List<Fact> facts) {
        if (!Ckg.MilitaryOperation.equals(kind)) return Optional.empty();
        Country leader = null;
        int best = Integer.MAX_VALUE;
        ConflictFacts.Dates dates = null;
        for (Fact f : facts) {
            if (f instanceof ConflictFacts.Party p && p.side() <= 1 && p.order() < best) {
                Country c = p.country() != null ? p.country() : p.flagCountry();
                if (c != null) { leader = c; best = p.order(); }
            }
            if (f instanceof ConflictFacts.Dates d && dates == null) dates = d;
        }
        var prov = dates != null ? dates.provenance() : new org.conflictkg.extract.Provenance(0, -1, 0, List.of());
        return Optional.of(new OperationFact(title, leader, null, dates == null ? null : dates.start(),
                dates == null ? null : dates.end(), prov));
    }
}
