package org.conflictkg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictkg.query.Param;
import org.conflictkg.query.ResultFormat;
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
                    "description", "Result format; overrides the Accept header.",
                    "schema", Map.of("type", "string", "enum", List.of("csv", "tsv", "json", "xml"))));
            Map<String, Object> content = new LinkedHashMap<>();
            for (ResultFormat f : ResultFormat.values()) content.put(f.mediaType, Map.of("schema", Map.of("type", "string")));
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "Rows with columns " + String.join(", ", q.columns()), "content", content));
            responses.put("400", Map.of("description", "A parameter is unknown, missing or of the wrong type"));
            responses.put("503", Map.of("description", "The query was stopped by the server's timeout"));
            paths.put("/queries/" + q.name(), Map.of("get", Map.of("summary", q.summary(), "description", q.description(),
                    "operationId", q.name(), "parameters", params, "responses", responses)));
        }
        doc.put("paths", paths);
        return doc;
    }
}
