package org.conflictkg.rdf;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * How conflict-kg names things. Everything lives under one base (default
 * {@code https://w3id.org/conflict-kg/}): resources under {@code resource/}, named graphs under
 * {@code graph/}. IRIs are built from names in the text (page titles, headings, ref names), never
 * from counters alone, so that they stay stable when a page is extracted again.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/conflict-kg/";
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris defaults() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    public String resource(String path) { return base + "resource/" + path; }

    public Node page(String title) { return NodeFactory.createURI(resource("page/" + segment(title))); }

    /** Something known by its English Wikipedia title (an operation, a battle): one IRI across pages. */
    public Node wikiEntity(String title) { return NodeFactory.createURI(resource("wiki/" + segment(title))); }

    /** A theater by name: "Iraq" in a heading and "In Iraq" in a table column are one IRI. */
    public Node theater(String name) { return NodeFactory.createURI(resource("theater/" + slug(name))); }

    /** A country by its ISO 3166-1 alpha-3 code. */
    public Node country(String iso3) { return NodeFactory.createURI(resource("country/" + iso3)); }

    /** A concept of a table key, by its label: the same label in two tables is one concept. */
    public Node involvementType(String label) { return NodeFactory.createURI(resource("involvement-type/" + slug(label))); }

    public Node pageGraph(String title) { return NodeFactory.createURI(base + "graph/page/" + segment(title)); }

    public Node ontologyGraph() { return NodeFactory.createURI(base + "graph/ontology"); }

    public Node metadataGraph() { return NodeFactory.createURI(base + "graph/metadata"); }

    public Node dataset() { return NodeFactory.createURI(base + "dataset"); }

    public Node run(String id) { return NodeFactory.createURI(resource("run/" + id)); }

    public Node software() { return NodeFactory.createURI(resource("software/conflict-kg")); }

    /** English Wikipedia IRI of a page title. */
    public static Node wikipedia(String title) {
        return NodeFactory.createURI("https://en.wikipedia.org/wiki/" + segment(title));
    }

    /** A title as one IRI path segment: spaces to underscores, then percent-encoding where needed. */
    public static String segment(String title) {
        String t = title.trim().replace(' ', '_');
        return IRILib.encodeUriPath(t).replace("/", "%2F").replace("?", "%3F").replace("#", "%23");
    }

    /** Lower-case ASCII slug for names that are not titles (headings, ref names). */
    public static String slug(String s) {
        // Decompose accents only when there are any: this runs for many facts of every page.
        String n = s.chars().allMatch(c -> c < 128) ? s
                : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder slug = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (keep) slug.append(c);
            else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') slug.append('-');
        }
        if (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') slug.setLength(slug.length() - 1);
        return slug.length() == 0 ? "x" : slug.toString();
    }
}
