package org.conflictkg.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.rdf.Std;

/**
 * How conflicts nest, as pages show it: the chain of larger conflicts above one (its ckg:partOf,
 * then theirs), the conflicts within it at any depth, and the store's top-level conflicts (those
 * of its pages that are part of no other conflict of its pages) with their parts. Bounded: a chain
 * stops at a cycle or at {@link #DEPTH}, lists at {@link #MAX} entries.
 */
final class ConflictNesting {
    static final int DEPTH = 12;
    static final int MAX = 200;

    private ConflictNesting() {}

    /** The larger conflicts above {@code c}, nearest first (the first parent at each level). Inside a read transaction. */
    static List<Node> chain(Graph all, Node c) {
        List<Node> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>(List.of(c));
        Node at = c;
        for (int i = 0; i < DEPTH; i++) {
            var up = all.find(at, Ckg.partOf, Node.ANY);
            Node next = up.hasNext() ? up.next().getObject() : null;
            up.close();
            if (next == null || !seen.add(next)) break;
            out.add(next);
            at = next;
        }
        return out;
    }

    /** The conflicts within {@code c} at any depth, breadth first. Inside a read transaction. */
    static List<Node> parts(Graph all, Node c) {
        List<Node> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>(List.of(c));
        List<Node> level = List.of(c);
        for (int d = 0; d < DEPTH && !level.isEmpty() && out.size() < MAX; d++) {
            List<Node> next = new ArrayList<>();
            for (Node n : level)
                all.find(Node.ANY, Ckg.partOf, n).forEachRemaining(t -> {
                    if (out.size() < MAX && seen.add(t.getSubject())) { out.add(t.getSubject()); next.add(t.getSubject()); }
                });
            level = next;
        }
        return out;
    }

    private static final String TOP = "PREFIX ckg: <" + Ckg.NS + "> PREFIX foaf: <" + Std.FOAF + "> "
            + "SELECT ?c (SAMPLE(?n) AS ?name) { ?c foaf:isPrimaryTopicOf ?page ; ckg:name ?n "
            + "FILTER NOT EXISTS { ?c ckg:partOf ?up . ?up foaf:isPrimaryTopicOf ?upPage } } GROUP BY ?c ORDER BY ?name LIMIT " + MAX;

    /** The top-level conflicts of the store's pages, each with its parts' names. Inside a read transaction. */
    static List<Map<String, Object>> topLevel(DatasetGraph dsg, String base) {
        List<Map<String, Object>> out = new ArrayList<>();
        Graph all = dsg.getUnionGraph();
        try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(TOP)).build()) {
            qe.select().forEachRemaining(b -> {
                Node c = b.get("c");
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", b.get("name").getLiteralLexicalForm());
                m.put("href", href(c, base));
                List<Map<String, String>> parts = new ArrayList<>();
                for (Node p : parts(all, c)) parts.add(Map.of("name", label(all, p), "href", href(p, base)));
                m.put("parts", parts);
                m.put("hasParts", !parts.isEmpty());
                out.add(m);
            });
        }
        return out;
    }

    static String label(Graph all, Node n) {
        for (Node p : List.of(Ckg.name, RDFS.label.asNode())) {
            var it = all.find(n, p, Node.ANY);
            if (it.hasNext()) return it.next().getObject().getLiteralLexicalForm();
        }
        return n.getURI().substring(n.getURI().lastIndexOf('/') + 1).replace('_', ' ');
    }

    static String href(Node n, String base) {
        String iri = n.getURI();
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
