package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.rdf.Std;
import org.junit.jupiter.api.Test;

/** Redirects recorded by a run join the store's: an alias retargeted loses its old target and its old label. */
class RedirectMergeTest {
    private static final Node REDIRECTS = NodeFactory.createURI("http://example.org/graph/redirects");
    private static final Node PAGE = NodeFactory.createURI("http://example.org/graph/page/Old");

    private static Node wiki(String t) { return NodeFactory.createURI("http://example.org/wiki/" + t.replace(' ', '_')); }

    private static Node label(String t) { return NodeFactory.createLiteralLang(t, "en"); }

    private static List<Quad> alias(String alias, String target) {
        return List.of(Quad.create(REDIRECTS, wiki(alias), Std.owlSameAs, wiki(target)),
                Quad.create(REDIRECTS, wiki(target), Std.skosAltLabel, label(alias)));
    }

    @Test
    void retargetedAliasesLoseTheirOldTargetAndLabelAndOldPagesMoveToTheCanonicalIri() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        alias("Zed", "Old target").forEach(dsg::add);
        alias("Bee", "Old target").forEach(dsg::add);
        dsg.add(PAGE, wiki("Some battle"), Std.owlSameAs, wiki("Ay")); // an older page naming a new alias by its own IRI
        // As a run records them, in the order of their aliases: two aliases of one new target.
        List<Quad> recorded = new java.util.ArrayList<>(alias("Ay", "New target"));
        recorded.addAll(alias("Zed", "New target"));
        RedirectMerge.apply(dsg, REDIRECTS, recorded, java.util.Set.of());

        assertTrue(dsg.contains(REDIRECTS, wiki("Zed"), Std.owlSameAs, wiki("New target")));
        assertFalse(dsg.contains(REDIRECTS, wiki("Zed"), Std.owlSameAs, wiki("Old target")));
        assertFalse(dsg.contains(REDIRECTS, wiki("Old target"), Std.skosAltLabel, label("Zed")), "Zed's old label is gone");
        assertTrue(dsg.contains(REDIRECTS, wiki("New target"), Std.skosAltLabel, label("Zed")));
        assertTrue(dsg.contains(REDIRECTS, wiki("New target"), Std.skosAltLabel, label("Ay")));
        assertTrue(dsg.contains(REDIRECTS, wiki("Old target"), Std.skosAltLabel, label("Bee")), "another alias is left as it was");
        assertTrue(dsg.contains(REDIRECTS, wiki("Bee"), Std.owlSameAs, wiki("Old target")));
        assertTrue(dsg.contains(PAGE, wiki("Some battle"), Std.owlSameAs, wiki("New target")));
        assertFalse(dsg.contains(PAGE, wiki("Some battle"), Std.owlSameAs, wiki("Ay")));
    }

    /** A page added now may name an alias an earlier run learned: it moves too, and the rest of the store is not searched. */
    @Test
    void aPageAddedNowThatNamesAnOlderAliasGetsTheCanonicalIri() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        alias("Old alias", "Canon").forEach(dsg::add);
        alias("Other alias", "Elsewhere").forEach(dsg::add);
        Node added = NodeFactory.createURI("http://example.org/graph/page/New");
        dsg.add(added, wiki("New battle"), Std.owlSameAs, wiki("Old alias"));
        dsg.add(PAGE, wiki("Older battle"), Std.owlSameAs, wiki("Other alias")); // not named now: left for the run that names it
        RedirectMerge.apply(dsg, REDIRECTS, List.of(), java.util.Set.of(wiki("New battle"), wiki("Old alias")));
        assertTrue(dsg.contains(added, wiki("New battle"), Std.owlSameAs, wiki("Canon")));
        assertFalse(dsg.contains(added, wiki("New battle"), Std.owlSameAs, wiki("Old alias")));
        assertTrue(dsg.contains(REDIRECTS, wiki("Old alias"), Std.owlSameAs, wiki("Canon")), "the redirects graph keeps the alias");
        assertTrue(dsg.contains(PAGE, wiki("Older battle"), Std.owlSameAs, wiki("Other alias")));
    }
}
