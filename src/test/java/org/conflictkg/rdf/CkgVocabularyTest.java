package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.conflictkg.pipeline.Resources;
import org.junit.jupiter.api.Test;

/** The Java vocabulary, the shapes and the saved queries use only terms the ontology defines. */
class CkgVocabularyTest {
    static final Graph ONTOLOGY = Resources.turtle(Path.of("ontology"), Resources.ONTOLOGY);

    static boolean defined(String iri) {
        return ONTOLOGY.contains(org.apache.jena.graph.NodeFactory.createURI(iri), Node.ANY, Node.ANY);
    }

    @Test
    void everyJavaTermIsDefined() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Field f : Ckg.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node n = (Node) f.get(null);
            if (!defined(n.getURI())) missing.add(n.getURI());
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void shapesAndQueriesUseOnlyDefinedTerms() throws Exception {
        Pattern term = Pattern.compile("ckg:([A-Za-z][A-Za-z0-9]*)");
        List<String> missing = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Path.of("ontology", "shapes.ttl")));
        try (Stream<Path> qs = Files.list(Path.of("queries"))) { qs.forEach(files::add); }
        for (Path f : files) {
            Matcher m = term.matcher(Files.readString(f));
            while (m.find()) if (!defined(Ckg.NS + m.group(1))) missing.add(f.getFileName() + ": ckg:" + m.group(1));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOntologyTermHasALabelAndADefinition() {
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        Node def = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
        Node comment = org.apache.jena.vocabulary.RDFS.comment.asNode();
        List<String> bad = new ArrayList<>();
        ONTOLOGY.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Ckg.NS)) return;
            if (!ONTOLOGY.contains(s, label, Node.ANY) || !(ONTOLOGY.contains(s, def, Node.ANY) || ONTOLOGY.contains(s, comment, Node.ANY)))
                if (!bad.contains(s.getURI())) bad.add(s.getURI());
        });
        assertEquals(List.of(), bad);
    }
}
