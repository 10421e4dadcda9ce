package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.Citation;

/** A citation resource with its bibliographic fields, as far as the ref gives them. */
final class CitationMapper implements FactMapper<Citation> {
    @Override public Class<Citation> type() { return Citation.class; }

    @Override
    public void map(Citation c, PageIris iris, Emitter out) {
        Node n = iris.citation(c.ref());
        out.add(n, Std.type, Ckg.Citation);
        out.add(n, Ckg.inPage, iris.page());
        out.string(n, Std.dctTitle, c.title());
        if (!out.url(n, Ckg.url, c.url()) && !c.url().isBlank()) out.string(n, Ckg.citationText, c.url());
        out.url(n, Ckg.archiveUrl, c.archiveUrl());
        out.string(n, Ckg.work, c.work());
        out.string(n, Ckg.publisherName, c.publisher());
        c.authors().forEach(a -> out.string(n, Ckg.authorName, a));
        out.date(n, Ckg.publicationDate, c.date(), Ckg.datePrecision);
        out.date(n, Ckg.accessDate, c.accessDate(), null);
        out.string(n, Ckg.language, c.language());
        out.string(n, Ckg.refName, c.name());
        out.string(n, Ckg.citationStyle, c.style());
        if (!c.style().startsWith("cite") && !c.style().startsWith("citation")) out.string(n, Ckg.citationText, c.text());
        out.add(n, Ckg.inSection, iris.section(c.provenance().section()));
        out.integer(n, Ckg.line, c.provenance().line());
    }
}
