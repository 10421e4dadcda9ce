package org.conflictkg.server;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes a description is served in: chosen by {@code format=} or {@code Accept}, written pretty. */
final class RdfAnswer {
    private RdfAnswer() {}

    /** The syntax asked for, or null for HTML: {@code format=} (ttl, jsonld, nt, rdf) first, else {@code Accept}. */
    static Lang lang(String format, String accept) {
        if (format == null) return ResourceServlet.rdfLang(accept);
        return switch (format) {
            case "ttl", "turtle" -> Lang.TURTLE;
            case "jsonld" -> Lang.JSONLD;
            case "nt" -> Lang.NTRIPLES;
            case "rdf", "xml" -> Lang.RDFXML;
            default -> null;
        };
    }

    static void write(OutputStream out, Graph g, Lang lang) {
        RDFDataMgr.write(out, g, lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY : lang == Lang.JSONLD ? RDFFormat.JSONLD11
                : lang == Lang.RDFXML ? RDFFormat.RDFXML_PLAIN : RDFFormat.NTRIPLES);
    }
}
