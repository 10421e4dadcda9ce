package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.SectionFact;

/** A section in the page outline. */
final class SectionMapper implements FactMapper<SectionFact> {
    @Override public Class<SectionFact> type() { return SectionFact.class; }

    @Override
    public void map(SectionFact s, PageIris iris, Emitter out) {
        Node n = iris.section(s.index());
        out.add(n, Std.type, Ckg.Section);
        out.add(n, Ckg.inPage, iris.page());
        out.string(n, Ckg.heading, s.index() == 0 ? "(lead)" : s.heading());
        out.string(n, Ckg.headingPath, String.join(" > ", s.path()));
        out.integer(n, Ckg.headingLevel, s.level());
        out.integer(n, Ckg.order, s.index());
        if (s.provenance().line() > 0) out.integer(n, Ckg.line, s.provenance().line());
        if (s.parent() >= 0) out.add(n, Ckg.parentSection, iris.section(s.parent()));
    }
}
