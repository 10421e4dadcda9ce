package org.conflictkg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Prefixes;
import org.conflictkg.rdf.Std;

/** What the HTML page of a resource shows: label, types, properties with linked labels, provenance. */
final class PageModel {
    private PageModel() {}

    static Map<String, Object> of(Node s, Graph g, Iris iris, String localPath) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.addTo(pm, iris);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iri", s.getURI());
        m.put("local", localPath);
        m.put("label", label(g, s).orElse(s.getURI().substring(s.getURI().lastIndexOf('/') + 1)));
        List<String> types = new ArrayList<>();
        g.find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(pm.shortForm(t.getObject().getURI())));
        m.put("types", types);
        Map<String, List<Map<String, String>>> props = new LinkedHashMap<>();
        g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(RDF.type.asNode())) return;
            props.computeIfAbsent(pm.shortForm(t.getPredicate().getURI()), k -> new ArrayList<>()).add(value(t.getObject(), g, iris));
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        props.forEach((p, vs) -> rows.add(Map.of("property", p, "values", vs)));
        m.put("properties", rows);
        // What points here ("is ckg:actor of ..."), as DBpedia's pages show it.
        Map<String, List<Map<String, String>>> in = new LinkedHashMap<>();
        g.find(Node.ANY, Node.ANY, s).forEachRemaining(t -> {
            if (t.getSubject().equals(s)) return;
            in.computeIfAbsent(pm.shortForm(t.getPredicate().getURI()), k -> new ArrayList<>()).add(value(t.getSubject(), g, iris));
        });
        List<Map<String, Object>> inRows = new ArrayList<>();
        in.forEach((p, vs) -> inRows.add(Map.of("property", p, "values", vs)));
        m.put("incoming", inRows);
        m.put("hasIncoming", !inRows.isEmpty());
        List<Map<String, String>> evidence = new ArrayList<>();
        g.find(s, Ckg.inSentence, Node.ANY).forEachRemaining(t -> evidence.add(value(t.getObject(), g, iris)));
        m.put("evidence", evidence);
        List<Map<String, String>> sources = new ArrayList<>();
        g.find(s, Std.provWasDerivedFrom, Node.ANY).forEachRemaining(t -> sources.add(value(t.getObject(), g, iris)));
        g.find(s, Ckg.cites, Node.ANY).forEachRemaining(t -> sources.add(value(t.getObject(), g, iris)));
        m.put("sources", sources);
        m.put("hasProvenance", !evidence.isEmpty() || !sources.isEmpty());
        return m;
    }

    /** A value as text, with a link: local resources to their page, other IRIs as they are. */
    private static Map<String, String> value(Node o, Graph g, Iris iris) {
        Map<String, String> v = new LinkedHashMap<>();
        if (o.isURI()) {
            String iri = o.getURI();
            // Only http(s) becomes a link: a javascript: IRI in a store is shown as text, never clickable.
            if (iri.startsWith(iris.base())) v.put("href", "/" + iri.substring(iris.base().length()));
            else if (org.conflictkg.rdf.Emitter.isWebUrl(iri)) v.put("href", iri);
            v.put("text", label(g, o).orElse(iri));
        } else if (o.isLiteral()) {
            v.put("text", o.getLiteralLexicalForm());
        } else {
            v.put("text", "[" + o.getBlankNodeLabel() + "]");
        }
        return v;
    }

    private static java.util.Optional<String> label(Graph g, Node n) {
        for (Node p : List.of(RDFS.label.asNode(), NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                Std.dctTitle, Ckg.headingPath, Ckg.heading, Ckg.text)) {
            var it = g.find(n, p, Node.ANY);
            if (it.hasNext()) return java.util.Optional.of(it.next().getObject().getLiteralLexicalForm());
        }
        return java.util.Optional.empty();
    }
}
