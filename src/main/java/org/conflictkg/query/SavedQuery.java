package org.conflictkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * A saved SPARQL query: one {@code .rq} file of {@code queries/} with a header in grlc's decorator
 * convention, so the same folder serves grlc too:
 * <pre>
 * #+ summary: Citations of the article
 * #+ description: One row per distinct citation.
 * #+ endpoint: http://localhost:3030/kg/sparql
 * #+ defaults:
 * #+   - limit: 100
 * #+ param about: A resource whose supporting citations to list.
 * #+ example: about=https://w3id.org/conflict-kg/resource/country/FRA
 * </pre>
 * Parameters are the variables {@code ?_name} (required) and {@code ?__name} (optional). A query
 * whose columns come from the data declares a {@link Pivot}.
 *
 * @param example values a benchmark or a demonstration runs the query with ({@code #+ example: k=v&k2=v2})
 * @param pivot   how its records become rows and columns, or null
 */
public record SavedQuery(String name, String summary, String description, List<Param> params, String text, Query query,
                         Map<String, String> example, String endpoint, Pivot pivot) {
    private static final Pattern HEADER = Pattern.compile("^#\\+\\s*([A-Za-z_ -]+?)\\s*:\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^#\\+\\s+-\\s*([A-Za-z0-9_]+)\\s*:\\s*(.*)$");
    private static final Pattern PARAM_VAR = Pattern.compile("\\?(__?[A-Za-z][A-Za-z0-9_]*)");

    public static SavedQuery parse(String name, String text) {
        Map<String, String> decorators = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, String> paramDocs = new LinkedHashMap<>();
        String list = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#+")) continue;
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches() && "defaults".equals(list)) { defaults.put(item.group(1), item.group(2).trim()); continue; }
            Matcher h = HEADER.matcher(line);
            if (!h.matches()) continue;
            String key = h.group(1).trim(), value = h.group(2).trim();
            list = value.isEmpty() ? key : null;
            if (key.startsWith("param ")) paramDocs.put(key.substring(6).trim(), value);
            else decorators.put(key, value);
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("saved query '" + name + "' is not valid SPARQL: " + e.getMessage(), e);
        }
        List<Param> params = new ArrayList<>();
        Matcher m = PARAM_VAR.matcher(stripComments(text));
        while (m.find()) {
            Param p = Param.fromVariable(m.group(1));
            if (params.stream().anyMatch(x -> x.variable().equals(p.variable()))) continue;
            Param withDocs = p.withDescription(paramDocs.getOrDefault(p.name(), ""));
            params.add(defaults.containsKey(p.name()) ? withDocs.withDefault(defaults.get(p.name())) : withDocs);
        }
        Map<String, String> example = new LinkedHashMap<>();
        for (String kv : decorators.getOrDefault("example", "").split("&"))
            if (kv.contains("=")) example.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
        return new SavedQuery(name, decorators.getOrDefault("summary", name), decorators.getOrDefault("description", ""),
                List.copyOf(params), text, q, Map.copyOf(example), decorators.get("endpoint"), Pivot.of(decorators));
    }

    public Param param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }

    /** The result columns, in order; for a pivot, the kept columns then "..." for the columns the data names. */
    public List<String> columns() {
        if (pivot == null) return query.getResultVars();
        List<String> c = new ArrayList<>(pivot.keep());
        c.add("...");
        return c;
    }

    private static String stripComments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) if (!line.stripLeading().startsWith("#")) sb.append(line).append('\n');
        return sb.toString();
    }
}
