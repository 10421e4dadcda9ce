package org.conflictkg.rdf;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.wiki.Redirects;

/**
 * How conflict-kg names things. Everything lives under one base (default
 * {@code https://w3id.org/conflict-kg/}): resources under {@code resource/}, named graphs under
 * {@code graph/}. IRIs are built from names in the text (page titles, headings, ref names), never
 * from counters alone, so that they stay stable when a page is extracted again.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/conflict-kg/";
    private final String base;
    private final Redirects redirects;
    /** Aliases that some page named (by a link, a template or an infobox) in this run: the data records them. */
    private final Set<String> aliasesUsed;

    public Iris(String base) {
        this(base, Redirects.NONE);
    }

    private Iris(String base, Redirects redirects) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.redirects = redirects;
        this.aliasesUsed = ConcurrentHashMap.newKeySet();
    }

    public static Iris defaults() { return new Iris(DEFAULT_BASE); }

    /** The same naming, with titles resolved through these redirects: an alias and its target are one IRI. */
    public Iris withRedirects(Redirects r) { return new Iris(base, r); }

    public Redirects redirects() { return redirects; }

    /** The canonical title of a title (itself when it redirects nowhere); notes an alias as used. */
    public String canonical(String title) {
        if (redirects.isEmpty()) return title;
        String c = redirects.canonical(title);
        if (!c.equals(title)) aliasesUsed.add(org.conflictkg.wiki.Titles.normalise(org.conflictkg.wiki.Titles.page(title)));
        return c;
    }

    /** The aliases that pages of this run named, so far. */
    public Set<String> aliasesUsed() { return Set.copyOf(aliasesUsed); }

    public String base() { return base; }

    public String resource(String path) { return base + "resource/" + path; }

    public Node page(String title) { return NodeFactory.createURI(resource("page/" + segment(title))); }

    /** Something known by its English Wikipedia title (an operation, a battle): one IRI across pages. */
    public Node wikiEntity(String title) { return NodeFactory.createURI(resource("wiki/" + segment(canonical(title)))); }

    /** The IRI a title has without resolving redirects: an alias's own IRI, which the data says is the same as its target's. */
    public Node wikiEntityAsWritten(String title) { return NodeFactory.createURI(resource("wiki/" + segment(title))); }

    /** A theater by name: "Iraq" in a heading and "In Iraq" in a table column are one IRI. */
    public Node theater(String name) { return NodeFactory.createURI(resource("theater/" + slug(name))); }

    /** A country by its ISO 3166-1 alpha-3 code. */
    public Node country(String iso3) { return NodeFactory.createURI(resource("country/" + iso3)); }

    /** A concept of a table key, by its label: the same label in two tables is one concept. */
    public Node involvementType(String label) { return NodeFactory.createURI(resource("involvement-type/" + slug(label))); }

    public Node pageGraph(String title) { return NodeFactory.createURI(base + "graph/page/" + segment(title)); }

    public Node ontologyGraph() { return NodeFactory.createURI(base + "graph/ontology"); }

    public Node metadataGraph() { return NodeFactory.createURI(base + "graph/metadata"); }

    /** The graph of the redirects the pages of the store use or hold: each alias, same as its target. */
    public Node redirectsGraph() { return NodeFactory.createURI(base + "graph/redirects"); }

    public Node dataset() { return NodeFactory.createURI(base + "dataset"); }

    public Node run(String id) { return NodeFactory.createURI(resource("run/" + id)); }

    public Node software() { return NodeFactory.createURI(resource("software/conflict-kg")); }

    /** English Wikipedia IRI of a page title (a {@code #section} kept as the fragment). */
    public static Node wikipedia(String title) {
        int hash = title.indexOf('#');
        String page = hash < 0 ? title : title.substring(0, hash);
        String fragment = hash < 0 ? "" : "#" + encode(title.substring(hash + 1).trim().replace(' ', '_'), false);
        return NodeFactory.createURI("https://en.wikipedia.org/wiki/" + wikiPath(page) + fragment);
    }

    /** DBpedia's IRI of a page title, written as DBpedia writes it ("Georgia_(country)", "AC/DC"). */
    public static Node dbpedia(String title) {
        return NodeFactory.createURI("http://dbpedia.org/resource/" + wikiPath(title));
    }

    /**
     * A title as one IRI path segment of this project's IRIs: spaces to underscores, and only what an
     * IRI path may not hold percent-encoded, plus "/" (a segment separator here), "?" and "#". Letters
     * of every script, parentheses, commas and apostrophes stay as they are, as Wikipedia and
     * DBpedia write them, so an IRI survives any client's round trip ({@code ResourceServlet}
     * reads a request's path back through this same rule).
     */
    public static String segment(String title) {
        return encode(title.trim().replace(' ', '_'), true);
    }

    /** A title as Wikipedia and DBpedia put it in their IRIs: like {@link #segment}, but "/" stays. */
    public static String wikiPath(String title) {
        return encode(title.trim().replace(' ', '_'), false);
    }

    /** Characters that RFC 3987 does not allow in an IRI path (and "%", "?", "#"), percent-encoded as UTF-8. */
    private static String encode(String s, boolean slash) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c <= 0x20 || c == 0x7F || "\"%<>?#[\\]^`{|}".indexOf(c) >= 0 || slash && c == '/';
            if (!bad) { if (sb != null) sb.append(c); continue; }
            if (sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * The canonical form of a path as a client sent it (raw, still percent-encoded): each segment
     * decoded and encoded again by {@link #segment}, so "Georgia_%28country%29" and
     * "Georgia_(country)" name one resource.
     */
    public static String canonicalPath(String rawPath) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String seg : rawPath.split("/", -1)) {
            String decoded;
            try {
                decoded = java.net.URLDecoder.decode(seg.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = seg; // a stray "%" with no hex after it: taken as written
            }
            out.add(encode(decoded, true));
        }
        return String.join("/", out);
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
