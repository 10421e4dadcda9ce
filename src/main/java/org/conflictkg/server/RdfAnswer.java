package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

    /**
     * Answers a request for a description: 404 with {@code notFound} when {@code g} is empty, else
     * HTML from {@code html} or the RDF syntax the request asks for, with {@code Vary: Accept}.
     */
    static void send(HttpServletRequest req, HttpServletResponse res, Graph g, Supplier<String> html, String notFound)
            throws IOException {
        res.setHeader("Vary", "Accept");
        if (g.isEmpty()) {
            ErrorAnswer.send(res, 404, notFound);
            return;
        }
        Lang lang = lang(req.getParameter("format"), req.getHeader("Accept"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang == null) {
            res.setContentType("text/html; charset=utf-8");
            out.write(html.get().getBytes(StandardCharsets.UTF_8));
        } else {
            res.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
            write(out, g, lang);
        }
        res.setStatus(200);
        res.getOutputStream().write(out.toByteArray());
    }

    static void write(OutputStream out, Graph g, Lang lang) {
        RDFDataMgr.write(out, g, lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY : lang == Lang.JSONLD ? RDFFormat.JSONLD11
                : lang == Lang.RDFXML ? RDFFormat.RDFXML_PLAIN : RDFFormat.NTRIPLES);
    }
}
