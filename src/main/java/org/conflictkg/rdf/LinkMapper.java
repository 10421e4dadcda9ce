package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.LinkFact;

/** A wikilink mention: sentence, target page, anchor text. */
final class LinkMapper implements FactMapper<LinkFact> {
    @Override public Class<LinkFact> type() { return LinkFact.class; }

    @Override
    public void map(LinkFact l, PageIris iris, Emitter out) {
        Node sentence = iris.sentence(l.provenance().section(), l.provenance().sentence());
        if (sentence == null) return;
        Node n = org.apache.jena.graph.NodeFactory.createURI(sentence.getURI() + "/link/" + l.ordinal());
        out.add(n, Std.type, Ckg.LinkMention);
        out.add(n, Ckg.inSentence, sentence);
        out.add(n, Ckg.linkTarget, Iris.wikipedia(l.target()));
        out.string(n, Ckg.anchorText, l.label());
        out.integer(n, Ckg.order, l.ordinal());
    }
}
