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
            m.put("parameters", params);
            out.add(m);
        }
        return out;
    }
}
