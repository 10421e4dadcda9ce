package org.conflictkg.rdf;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
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
        Emitter e = new Emitter(out, iris.redirectsGraph());
        // Chosen first, then sorted: a dump's redirects run to millions, the ones written are usually few.
        java.util.TreeMap<String, String> written = new java.util.TreeMap<>();
        for (Map.Entry<String, String> a : r.all().entrySet()) {
            String alias = a.getKey(), target = a.getValue();
            if (used.contains(alias) || r.fromPage(alias) && (everyRedirectPage || pageTitles.contains(target))) written.put(alias, target);
        }
        for (Map.Entry<String, String> a : written.entrySet()) {
            String alias = a.getKey(), target = a.getValue();
            Node canonical = iris.wikiEntityAsWritten(target);
            e.add(iris.wikiEntityAsWritten(alias), Std.owlSameAs, canonical);
            e.english(canonical, Std.skosAltLabel, alias);
        }
        return e.count();
    }
}
