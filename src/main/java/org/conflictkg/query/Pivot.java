package org.conflictkg.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * A result whose columns come from the data, such as a table's theaters: the query returns one
 * record per row ({@code keep} values) and one per cell ({@code value} under the header named by
 * {@code column}, placed by {@code order}), each carrying the {@code rows} variables that say which
 * row it belongs to; this turns them into one row per row with a column per header, in the order
 * the headers first appear. Declared in a query's header:
 * <pre>
 * #+ pivot-rows: table r
 * #+ pivot-keep: country iso3
 * #+ pivot-columns: theater col
 * #+ pivot-value: type
 * </pre>
 * A column's name is its header in lower case with non-letters as underscores ("In Iraq" → {@code iraq}
 * when the header value is "Iraq").
 */
public record Pivot(List<String> rows, List<String> keep, String column, String order, String value) {

    /** The pivot a query's decorators declare, or null when they declare none. */
    static Pivot of(Map<String, String> decorators) {
        if (!decorators.containsKey("pivot-rows")) return null;
        String[] cols = words(decorators.get("pivot-columns"));
        if (cols.length != 2 || !decorators.containsKey("pivot-value"))
            throw new IllegalArgumentException("a pivot needs pivot-columns (header and order variables) and pivot-value");
        return new Pivot(List.of(words(decorators.get("pivot-rows"))), List.of(words(decorators.getOrDefault("pivot-keep", ""))),
                cols[0], cols[1], decorators.get("pivot-value").strip().replace("?", ""));
    }

    private static String[] words(String s) {
        return s == null || s.isBlank() ? new String[0] : s.replace("?", "").strip().split("[\\s,]+");
    }

    /** The pivoted result: its variables and its rows, in the order the row records came. */
    public record Result(List<Var> vars, List<Binding> rows) {}

    public Result apply(Iterator<Binding> records) {
        Map<List<Node>, BindingBuilder> byRow = new LinkedHashMap<>();
        Map<List<Node>, Map<Long, String>> cells = new LinkedHashMap<>();
        Map<String, Integer> columnOrder = new LinkedHashMap<>(); // header name → first order seen
        Map<List<Node>, Map<Long, String>> headers = new LinkedHashMap<>();  // table key (rows minus the last) → order → name
        while (records.hasNext()) {
            Binding b = records.next();
            List<Node> key = new ArrayList<>();
            for (String r : rows) key.add(b.get(Var.alloc(r)));
            Node head = b.get(Var.alloc(column)), ord = b.get(Var.alloc(order)), val = b.get(Var.alloc(value));
            if (head != null && ord != null) {
                String name = name(head.getLiteralLexicalForm());
                headers.computeIfAbsent(key.subList(0, key.size() - 1), k -> new LinkedHashMap<>()).put(number(ord), name);
                columnOrder.putIfAbsent(name, columnOrder.size());
            } else if (val != null && ord != null) {
                cells.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(number(ord), val.getLiteralLexicalForm());
            } else if (b.get(Var.alloc(keep.isEmpty() ? rows.get(0) : keep.get(0))) != null) {
                BindingBuilder row = BindingBuilder.create();
                for (String k : keep) { Node n = b.get(Var.alloc(k)); if (n != null) row.add(Var.alloc(k), n); }
                byRow.putIfAbsent(key, row);
            }
        }
        List<Var> vars = new ArrayList<>();
        keep.forEach(k -> vars.add(Var.alloc(k)));
        columnOrder.keySet().forEach(c -> vars.add(Var.alloc(c)));
        List<Binding> out = new ArrayList<>();
        byRow.forEach((key, row) -> {
            Map<Long, String> names = headers.getOrDefault(key.subList(0, key.size() - 1), Map.of());
            cells.getOrDefault(key, Map.of()).forEach((ord, v) -> {
                String name = names.get(ord);
                if (name != null) row.add(Var.alloc(name), NodeFactory.createLiteralString(v));
            });
            out.add(row.build());
        });
        return new Result(List.copyOf(vars), out);
    }

    static String name(String header) {
        String n = header.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "c_" + n : n;
    }

    private static long number(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }
}
