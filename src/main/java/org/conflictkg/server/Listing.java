package org.conflictkg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.query.Param;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;

/** The JSON listing of the saved queries: name, title, description, columns, parameters. */
final class Listing {
    private Listing() {}

    static List<Map<String, Object>> of(SavedQueries queries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SavedQuery q : queries.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", q.name());
            m.put("title", q.summary());
            m.put("description", q.description());
            m.put("path", "/queries/" + q.name());
            m.put("columns", q.columns());
            List<Map<String, Object>> params = new ArrayList<>();
            for (Param p : q.params()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.name());
                pm.put("type", p.type());
                pm.put("required", p.required() && p.defaultValue() == null);
                if (p.defaultValue() != null) pm.put("default", p.defaultValue());
                if (p.language() != null) pm.put("language", p.language());
                pm.put("description", p.description());
                params.add(pm);
            }
            params.add(Map.of("name", "limit", "type", "integer", "required", false,
                    "description", "rows to return at most (the server's row cap bounds it)"));
            params.add(Map.of("name", "offset", "type", "integer", "required", false,
                    "description", "rows to skip first; a capped result's Link header gives the next offset"));
            m.put("parameters", params);
            if (!q.example().isEmpty()) m.put("example", q.example());
            if (q.endpoint() != null) m.put("endpoint", q.endpoint());
            m.put("formats", List.of("/queries/" + q.name() + ".csv", "/queries/" + q.name() + ".tsv",
                    "/queries/" + q.name() + ".json", "/queries/" + q.name() + ".xml"));
            m.put("sparql", q.text());
            out.add(m);
        }
        return out;
    }
}
