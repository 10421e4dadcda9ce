package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.TitledEntity;

/** An operation or engagement: its class, label, Wikipedia and DBpedia pages, years, where it is mentioned. */
final class TitledEntityMapper implements FactMapper<TitledEntity> {
    private final Iris iris;

    TitledEntityMapper(Iris iris) { this.iris = iris; }

    @Override public Class<TitledEntity> type() { return TitledEntity.class; }

    @Override
    public void map(TitledEntity e, PageIris page, Emitter out) {
        // Under its canonical title: a link through a redirect names the same entity as its target.
        String title = iris.canonical(e.title());
        Node n = iris.wikiEntity(title);
        out.add(n, Std.type, e.type());
        out.english(n, Std.label, title);
        out.add(n, Ckg.wikipediaPage, Iris.wikipedia(title));
        out.add(n, Std.skosExactMatch, Iris.dbpedia(title));
        out.date(n, Ckg.startDate, e.start(), null);
        out.date(n, Ckg.endDate, e.end(), null);
        if (e.theater() != null) out.add(n, Ckg.theater, iris.theater(e.theater()));
        Node where = page.sentence(e.provenance().section(), e.provenance().sentence());
        out.add(n, Ckg.mentionedIn, where != null ? where : page.section(e.provenance().section()));
    }
}
