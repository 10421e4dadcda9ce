package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.TheaterFact;

/** A theater: one IRI per name across pages, labelled, with the sections about it. */
final class TheaterMapper implements FactMapper<TheaterFact> {
    private final Iris iris;

    TheaterMapper(Iris iris) { this.iris = iris; }

    @Override public Class<TheaterFact> type() { return TheaterFact.class; }

    @Override
    public void map(TheaterFact t, PageIris page, Emitter out) {
        Node n = iris.theater(t.name());
        out.add(n, Std.type, Ckg.Theater);
        out.english(n, Std.label, t.name());
        Geometries.named(n, t.name(), out);
        out.add(n, Ckg.mentionedIn, page.section(t.provenance().section()));
    }
}
