package org.conflictkg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictkg.query.Param;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;

/** An OpenAPI 3.0 description of the saved-query API, one path per saved query. */
final class OpenApi {
    private OpenApi() {}

    static Map<String, Object> of(SavedQueries queries, HttpServletRequest req) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "conflict-kg saved queries", "version", org.conflictkg.pipeline.Resources.version(),
                "description", "Saved SPARQL queries of the conflict-kg knowledge graph, by name, as CSV, TSV or SPARQL results."));
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        doc.put("servers", List.of(Map.of("url", base)));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/queries", Map.of("get", Map.of("summary", "List the saved queries", "operationId", "listQueries",
                "responses", Map.of("200", Map.of("description", "The saved queries",
                        "content", Map.of("application/json", Map.of("schema", Map.of("type", "array"))))))));
        for (SavedQuery q : queries.all()) {
            List<Map<String, Object>> params = new ArrayList<>();
            for (Param p : q.params()) {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", switch (p.type()) { case "integer" -> "integer"; case "decimal" -> "number";
                    case "boolean" -> "boolean"; default -> "string"; });
                if (p.type().equals("iri")) schema.put("format", "uri");
                if (p.type().equals("xsd_date")) schema.put("format", "date");
                if (p.defaultValue() != null) schema.put("default", p.defaultValue());
                params.add(Map.of("name", p.name(), "in", "query", "required", p.required() && p.defaultValue() == null,
                        "description", p.description(), "schema", schema));
            }
            params.add(Map.of("name", "format", "in", "query", "required", false,
                    "description", "Result format; overrides the Accept header. /queries/" + q.name() + ".csv (.tsv, .json, .xml) too.",
                    "schema", Map.of("type", "string", "enum", List.of("csv", "tsv", "json", "xml"))));
            params.add(Map.of("name", "limit", "in", "query", "required", false,
                    "description", "Rows to return at most; the server's row cap bounds it.", "schema", Map.of("type", "integer", "minimum", 0)));
            params.add(Map.of("name", "offset", "in", "query", "required", false,
                    "description", "Rows to skip first.", "schema", Map.of("type", "integer", "minimum", 0, "default", 0)));
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "Rows with the columns " + String.join(", ", q.columns())
                            + (q.pivot() != null ? " (one column per header the data names)" : ""),
                    "headers", HEADERS, "content", content(q)));
            responses.put("400", text("A parameter is unknown, missing, given twice or of the wrong type"));
            responses.put("404", text("No saved query of that name"));
            responses.put("503", text("The query was stopped by the server's timeout"));
            Map<String, Object> get = new LinkedHashMap<>();
            get.put("summary", q.summary());
            get.put("description", q.description());
            get.put("operationId", q.name().replace('-', '_'));
            get.put("parameters", params);
            get.put("responses", responses);
            get.put("x-sparql", q.text());
            paths.put("/queries/" + q.name(), Map.of("get", get));
        }
        doc.put("paths", paths);
        return doc;
    }

    private static final Map<String, Object> HEADERS = Map.of(
            "X-Row-Cap", Map.of("description", "The server's row cap", "schema", Map.of("type", "integer")),
            "X-Rows", Map.of("description", "Rows in this response", "schema", Map.of("type", "integer")),
            "X-More-Rows", Map.of("description", "true when rows follow beyond this response", "schema", Map.of("type", "boolean")),
            "Link", Map.of("description", "<...offset=N>; rel=\"next\" when rows follow", "schema", Map.of("type", "string")));

    private static Map<String, Object> text(String description) {
        return Map.of("description", description, "content", Map.of("text/plain", Map.of("schema", Map.of("type", "string"))));
    }

    /** The result in every format: CSV and TSV as text with the columns in order, SPARQL JSON with its bindings. */
    private static Map<String, Object> content(SavedQuery q) {
        Map<String, Object> binding = new LinkedHashMap<>();
        for (String c : q.columns()) if (!c.equals("...")) binding.put(c, Map.of("type", "object", "properties",
                Map.of("type", Map.of("type", "string"), "value", Map.of("type", "string"))));
        Map<String, Object> json = Map.of("type", "object", "properties", Map.of(
                "head", Map.of("type", "object", "properties", Map.of("vars", Map.of("type", "array", "items",
                        Map.of("type", "string"), "example", q.columns()))),
                "results", Map.of("type", "object", "properties", Map.of("bindings", Map.of("type", "array", "items",
                        Map.of("type", "object", "properties", binding))))));
        Map<String, Object> out = new LinkedHashMap<>();
        String header = String.join(",", q.columns());
        out.put("text/csv", Map.of("schema", Map.of("type", "string", "example", header + "\n")));
        out.put("text/tab-separated-values", Map.of("schema", Map.of("type", "string")));
        out.put("application/sparql-results+json", Map.of("schema", json));
        out.put("application/sparql-results+xml", Map.of("schema", Map.of("type", "string")));
        return out;
    }
}
