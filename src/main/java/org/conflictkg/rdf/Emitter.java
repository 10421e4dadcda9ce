package org.conflictkg.rdf;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.text.DateValue;

/**
 * Writes the quads of one page graph to a {@link StreamRDF}, with typed-literal helpers that skip
 * empty values, so converters state only what to say. A triple two facts both state is written
 * once: the count is of distinct quads, the same number a store or a SPARQL count gives.
 */
public final class Emitter {
    private final StreamRDF out;
    private final Node graph;
    private long count;
    private final java.util.Set<String> once = new java.util.HashSet<>();
    private final java.util.Set<org.apache.jena.graph.Triple> written = new java.util.HashSet<>();

    public Emitter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    public long count() { return count; }

    /** True the first time a key is seen in this page graph: for descriptions many facts share. */
    public boolean firstTime(String key) { return once.add(key); }

    public void add(Node s, Node p, Node o) {
        if (s == null || o == null) return;
        if (!written.add(org.apache.jena.graph.Triple.create(s, p, o))) return;
        out.quad(Quad.create(graph, s, p, o));
        count++;
    }

    public void string(Node s, Node p, String v) {
        if (v != null && !v.isBlank()) add(s, p, NodeFactory.createLiteralString(v.strip()));
    }

    public void english(Node s, Node p, String v) {
        if (v != null && !v.isBlank()) add(s, p, NodeFactory.createLiteralLang(v.strip(), "en"));
    }

    public void integer(Node s, Node p, long v) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger));
    }

    public void typed(Node s, Node p, String lexical, XSDDatatype type) {
        if (lexical != null && !lexical.isBlank()) add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    /** A date typed by its precision; with {@code precisionProperty}, the precision as a resource too. */
    public void date(Node s, Node p, DateValue d, Node precisionProperty) {
        if (d == null) return;
        add(s, p, NodeFactory.createLiteralDT(d.lexical(), TypeMapper.getInstance().getSafeTypeByName(d.precision().datatype)));
        if (precisionProperty != null) add(s, precisionProperty, precision(d));
    }

    public static Node precision(DateValue d) {
        return switch (d.precision()) {
            case DAY -> Ckg.DayPrecision;
            case MONTH -> Ckg.MonthPrecision;
            case YEAR -> Ckg.YearPrecision;
        };
    }

    /**
     * An IRI object from a URL as written in wikitext; a URL that is no valid absolute IRI, or whose
     * scheme is not http(s) ({@code javascript:}, {@code data:} from a hostile page), is skipped.
     */
    public boolean url(Node s, Node p, String url) {
        Node n = iri(url);
        if (n == null || !isWebUrl(n.getURI())) return false;
        add(s, p, n);
        return true;
    }

    /** Characters an IRI may not hold but URLs in citations do, percent-encoded; one pass, no copy when none. */
    private static String escapeUnsafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = c < 128 ? UNSAFE_INDEX[c] : -1;
            if (k < 0) { if (sb != null) sb.append(c); continue; }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append('%').append(UNSAFE_HEX[k]);
        }
        return sb == null ? s : sb.toString();
    }

    private static final String UNSAFE = " |\"<>{}^`\\";
    private static final String[] UNSAFE_HEX = {"20", "7C", "22", "3C", "3E", "7B", "7D", "5E", "60", "5C"};
    /** Position in {@link #UNSAFE} by ASCII character, or -1: a lookup per URL character instead of a search. */
    private static final int[] UNSAFE_INDEX = new int[128];
    static {
        java.util.Arrays.fill(UNSAFE_INDEX, -1);
        for (int k = 0; k < UNSAFE.length(); k++) UNSAFE_INDEX[UNSAFE.charAt(k)] = k;
    }

    /** http or https, case-insensitively: the only schemes a page may link to. */
    public static boolean isWebUrl(String iri) {
        return iri.regionMatches(true, 0, "http://", 0, 7) || iri.regionMatches(true, 0, "https://", 0, 8);
    }

    public static Node iri(String url) {
        if (url == null || url.isBlank()) return null;
        String u = escapeUnsafe(url.strip());
        if (u.startsWith("//")) u = "https:" + u;
        try {
            IRIx iri = IRIx.create(u);
            return iri.isReference() && !iri.isRelative() ? NodeFactory.createURI(iri.str()) : null;
        } catch (IRIException e) {
            return null;
        }
    }
}
