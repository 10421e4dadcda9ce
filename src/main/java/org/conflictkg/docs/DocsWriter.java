package org.conflictkg.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;

/**
 * Writes the ontology's documentation: one HTML page with an anchor per term (in the spirit of
 * pyLODE/Widoco), and the class diagram as Graphviz DOT. Rendered from Mustache templates.
 */
public final class DocsWriter {
    private DocsWriter() {}

    public static void write(Graph ontology, PrefixMapping pm, Path outDir) {
        Map<String, Object> model = model(ontology, pm);
        try {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("index.html"), Templates.load("ontology.html.mustache", true).execute(model));
            Files.writeString(outDir.resolve("classes.dot"), Templates.load("classes.dot.mustache", false).execute(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documentation page as HTML, for a server to answer with. */
    public static String html(Graph ontology, PrefixMapping pm) {
        return Templates.load("ontology.html.mustache", true).execute(model(ontology, pm));
    }

    private static Map<String, Object> model(Graph ontology, PrefixMapping pm) {
        OntologyDocs docs = new OntologyDocs(ontology, pm);
        Map<String, Object> model = new HashMap<>();
        // The core ontology when modules are merged: the ontology node with the shortest IRI (".../ontology").
        Node onto = ontology.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), OWL.Ontology.asNode())
                .mapWith(org.apache.jena.graph.Triple::getSubject).toList().stream()
                .min(java.util.Comparator.comparingInt(n -> n.getURI().length())).orElseThrow();
        model.put("iri", onto.getURI());
        model.put("title", literal(ontology, onto, "http://purl.org/dc/terms/title"));
        model.put("description", literal(ontology, onto, "http://purl.org/dc/terms/description"));
        model.put("version", literal(ontology, onto, OWL.versionInfo.getURI()));
        model.put("modified", literal(ontology, onto, "http://purl.org/dc/terms/modified"));
        List<Map<String, Object>> sections = new ArrayList<>();
        docs.byKind().forEach((name, terms) -> {
            if (!terms.isEmpty()) sections.add(Map.of("name", name, "terms", terms));
        });
        model.put("sections", sections);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (String[] e : docs.diagramEdges())
            // The diagram shows the model itself; alignments to other vocabularies are listed per term.
            if (e[1].startsWith("ckg:") || e[1].startsWith("prov:") || e[1].startsWith("skos:"))
                edges.add(Map.of("from", e[0], "to", e[1], "label", e[2], "property", !e[2].equals("subClassOf")));
        model.put("edges", edges);
        return model;
    }

    private static String literal(Graph g, Node s, String p) {
        var it = g.find(s, org.apache.jena.graph.NodeFactory.createURI(p), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
