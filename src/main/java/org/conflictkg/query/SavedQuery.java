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
 * #+ defaults:
 * #+   - limit: 100
 * #+ param about: A resource whose supporting citations to list.
 * </pre>
 * Parameters are the variables {@code ?_name} (required) and {@code ?__name} (optional).
 */
public record SavedQuery(String name, String summary, String description, List<Param> params, String text, Query query) {
    private static final Pattern HEADER = Pattern.compile("^#\\+\\s*([A-Za-z_ -]+?)\\s*:\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^#\\+\\s+-\\s*([A-Za-z0-9_]+)\\s*:\\s*(.*)$");
    private static final Pattern PARAM_VAR = Pattern.compile("\\?(__?[A-Za-z][A-Za-z0-9_]*)");

    public static SavedQuery parse(String name, String text) {
        String summary = name, description = "";
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
            if (key.equals("summary")) summary = value;
            else if (key.equals("description")) description = value;
            else if (key.startsWith("param ")) paramDocs.put(key.substring(6).trim(), value);
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
        return new SavedQuery(name, summary, description, List.copyOf(params), text, q);
    }

    public Param param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }

    /** The result columns, in order. */
    public List<String> columns() { return query.getResultVars(); }

    private static String stripComments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) if (!line.stripLeading().startsWith("#")) sb.append(line).append('\n');
        return sb.toString();
    }
}
