package org.conflictkg.rdf;

import org.conflictkg.extract.Fact;

/** Turns one kind of fact into triples of its page graph. One converter per kind of fact. */
public interface FactMapper<F extends Fact> {
    Class<F> type();

    void map(F fact, PageIris iris, Emitter out);
}
