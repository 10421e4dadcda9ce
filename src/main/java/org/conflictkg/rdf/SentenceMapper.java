package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.SentenceFact;

/** A sentence with its section, line and the citations that follow it. */
final class SentenceMapper implements FactMapper<SentenceFact> {
    @Override public Class<SentenceFact> type() { return SentenceFact.class; }

    @Override
    public void map(SentenceFact s, PageIris iris, Emitter out) {
        Node n = iris.sentence(s.section(), s.index());
        out.add(n, Std.type, Ckg.Sentence);
        out.add(n, Ckg.inSection, iris.section(s.section()));
        out.add(n, Ckg.inPage, iris.page());
        out.string(n, Ckg.text, s.text());
        out.integer(n, Ckg.order, s.index());
        if (s.provenance().line() > 0) out.integer(n, Ckg.line, s.provenance().line());
        for (int c : s.provenance().citations()) out.add(n, Ckg.cites, iris.citation(c));
    }
}
