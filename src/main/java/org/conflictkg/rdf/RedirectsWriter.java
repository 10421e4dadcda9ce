package org.conflictkg.rdf;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.wiki.Redirects;

/**
 * The redirects graph: each alias that a page of the run named, or whose redirect page came with
 * the inputs and points at a page of the run, is {@code owl:sameAs} its canonical entity, which has
 * the alias as a {@code skos:altLabel}. Every other statement uses the canonical IRI only, so a query
 * finds the entity by either name and the alias's IRI still resolves (303 to the canonical one).
 */
public final class RedirectsWriter {
    private RedirectsWriter() {}

    /** @return the quads written */
    public static long write(StreamRDF out, Iris iris, Set<String> pageTitles, boolean everyRedirectPage) {
        return write(out, iris, iris.aliasesUsed(), pageTitles, everyRedirectPage);
    }

    /**
     * With the aliases that pages named, gathered from the runs of several parts (a Spark job's tasks).
     * {@code everyRedirectPage}: record every redirect page of the inputs, as a run that adds pages to
     * a store does (the store's pages may name the alias).
     */
    public static long write(StreamRDF out, Iris iris, Set<String> used, Set<String> pageTitles, boolean everyRedirectPage) {
        Redirects r = iris.redirects();
        if (r.isEmpty()) return 0;
        Node graph = iris.redirectsGraph();
        // Chosen first, then sorted, as an array: a dump's redirects run to millions (all of them written when
        // a run adds to a store), and a sorted map of them would cost as much again as the redirects.
        java.util.List<String> written = new java.util.ArrayList<>();
        for (Map.Entry<String, String> a : r.all().entrySet()) {
            String alias = a.getKey(), target = a.getValue();
            if (used.contains(alias) || r.fromPage(alias) && (everyRedirectPage || pageTitles.contains(target))) written.add(alias);
        }
        java.util.Collections.sort(written);
        // Straight to the output, not through an Emitter, whose set of the triples written would hold them all:
        // each alias is written once, and so is each of its two triples.
        for (String alias : written) {
            Node canonical = iris.wikiEntityAsWritten(r.all().get(alias));
            out.quad(Quad.create(graph, iris.wikiEntityAsWritten(alias), Std.owlSameAs, canonical));
            out.quad(Quad.create(graph, canonical, Std.skosAltLabel, NodeFactory.createLiteralLang(alias, "en")));
        }
        return 2L * written.size();
    }
}
