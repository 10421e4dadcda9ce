package org.conflictkg.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.Ckg;

/**
 * The terms of the ontology, gathered for documentation: one entry per class, property and
 * individual of the {@code ckg:} namespace, with label, definition, domain, range, super-terms and
 * alignments.
 */
public final class OntologyDocs {
    private static final Node DEFINITION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    /** One documented term. Lists hold short names (prefix:local) for display. */
    public record Term(String id, String iri, String curie, String kind, String label, String definition,
                       List<String> domain, List<String> range, List<String> parents, List<String> alignments,
                       boolean deprecated) {}

    private final Graph g;
    private final PrefixMapping pm;

    public OntologyDocs(Graph ontology, PrefixMapping prefixes) {
        this.g = ontology;
        this.pm = prefixes;
    }

    /** The prefixes terms are shown with: the data's own, and those of the vocabularies it aligns to. */
    public static PrefixMapping displayPrefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        org.conflictkg.rdf.Prefixes.addTo(pm, org.conflictkg.rdf.Iris.defaults());
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#").setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
          .setNsPrefix("wd", "http://www.wikidata.org/entity/").setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/")
          .setNsPrefix("dbo", "http://dbpedia.org/ontology/").setNsPrefix("crm", "http://www.cidoc-crm.org/cidoc-crm/")
          .setNsPrefix("time", "http://www.w3.org/2006/time#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
          .setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        return pm;
    }

    public Map<String, List<Term>> byKind() {
        Map<String, List<Term>> out = new LinkedHashMap<>();
        out.put("Classes", terms(OWL.Class.asNode(), "class"));
        out.put("Object properties", terms(OWL.ObjectProperty.asNode(), "object property"));
        out.put("Datatype properties", terms(OWL.DatatypeProperty.asNode(), "datatype property"));
        out.put("Individuals", terms(OWL2_NAMED_INDIVIDUAL, "individual"));
        return out;
    }

    private static final Node OWL2_NAMED_INDIVIDUAL = NodeFactory.createURI(OWL.NS + "NamedIndividual");

    private List<Term> terms(Node type, String kind) {
        List<Term> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Ckg.NS)) return;
            String local = s.getURI().substring(Ckg.NS.length());
            List<String> aligned = new ArrayList<>();
            g.find(s, Node.ANY, Node.ANY).forEachRemaining(x -> {
                String p = x.getPredicate().getURI();
                if (p.startsWith(SKOS) && p.endsWith("Match") || p.equals(OWL.equivalentClass.getURI()))
                    aligned.add(shortName(x.getPredicate()) + " " + shortName(x.getObject()));
            });
            List<String> parents = objects(s, RDFS.subClassOf.asNode());
            parents.addAll(objects(s, RDFS.subPropertyOf.asNode()));
            out.add(new Term(local, s.getURI(), "ckg:" + local, kind, text(s, RDFS.label.asNode()),
                    text(s, DEFINITION).isEmpty() ? text(s, RDFS.comment.asNode()) : text(s, DEFINITION),
                    objects(s, RDFS.domain.asNode()), objects(s, RDFS.range.asNode()), parents, aligned,
                    g.contains(s, OWL.deprecated.asNode(), Node.ANY)));
        });
        out.sort(Comparator.comparing(Term::id, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** Edges of the class diagram: subclass links and object properties between ckg: classes. */
    public List<String[]> diagramEdges() {
        List<String[]> edges = new ArrayList<>();
        for (Term c : terms(OWL.Class.asNode(), "class"))
            for (String p : c.parents()) edges.add(new String[]{c.curie(), p, "subClassOf"});
        for (Term p : terms(OWL.ObjectProperty.asNode(), "object property"))
            for (String d : p.domain()) for (String r : p.range()) edges.add(new String[]{d, r, p.curie()});
        return edges;
    }

    private List<String> objects(Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) out.add(shortName(t.getObject())); });
        out.sort(null);
        return out;
    }

    private String text(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return "";
    }

    private String shortName(Node n) {
        if (!n.isURI()) return n.toString();
        String s = pm.shortForm(n.getURI());
        return s;
    }
}
