package org.conflictkg.query;

import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs a saved query with parameters bound as RDF terms (Jena's substitution, never text splicing),
 * and writes the result in the asked format.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** The binding of the given values to the query's parameter variables; checks names and types. */
    public static Binding bind(SavedQuery q, Map<String, String> values) {
        for (String k : values.keySet())
            if (q.param(k) == null)
                throw new BadParameterException(k, "unknown parameter of '" + q.name() + "'; it takes: "
                        + (q.params().isEmpty() ? "none" : String.join(", ", q.params().stream().map(Param::name).toList())));
        BindingBuilder b = BindingBuilder.create();
        for (Param p : q.params()) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (v == null || v.isBlank()) {
                if (p.required()) throw new BadParameterException(p.name(), "required by '" + q.name() + "'");
                continue;
            }
            Node n = p.toNode(v);
            b.add(Var.alloc(p.variable()), n);
        }
        return b.build();
    }

    /** Runs against a local dataset inside a read transaction, streaming the rows to {@code out}. */
    public static void run(SavedQuery q, Map<String, String> values, DatasetGraph dsg, ResultFormat format,
                           long timeoutMs, OutputStream out) {
        run(q, values, dsg, format, timeoutMs, Long.MAX_VALUE, out);
    }

    /** As {@link #run}, returning at most {@code rowCap} rows. */
    public static void run(SavedQuery q, Map<String, String> values, DatasetGraph dsg, ResultFormat format,
                           long timeoutMs, long rowCap, OutputStream out) {
        Binding binding = bind(q, values);
        org.apache.jena.query.Query query = q.query();
        if (rowCap < Long.MAX_VALUE && (!query.hasLimit() || query.getLimit() > rowCap)) {
            query = query.cloneQuery();
            query.setLimit(rowCap);
        }
        org.apache.jena.query.Query prepared = query;
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(prepared).substitution(binding)
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), format.lang);
            }
        });
    }

    /**
     * The query with the binding as a VALUES block at the start of its WHERE group: the terms travel
     * as RDF terms in the syntax tree, and {@code BOUND(?param)} keeps working in the remote engine.
     */
    static org.apache.jena.query.Query withValues(org.apache.jena.query.Query q, Binding binding) {
        if (binding.isEmpty()) return q;
        org.apache.jena.query.Query copy = q.cloneQuery();
        java.util.List<Var> vars = new java.util.ArrayList<>();
        binding.vars().forEachRemaining(vars::add);
        org.apache.jena.sparql.syntax.ElementData data = new org.apache.jena.sparql.syntax.ElementData(vars, java.util.List.of(binding));
        org.apache.jena.sparql.syntax.ElementGroup group = new org.apache.jena.sparql.syntax.ElementGroup();
        group.addElement(data);
        if (copy.getQueryPattern() instanceof org.apache.jena.sparql.syntax.ElementGroup g) g.getElements().forEach(group::addElement);
        else group.addElement(copy.getQueryPattern());
        copy.setQueryPattern(group);
        return copy;
    }

    /** Runs on a remote SPARQL endpoint; parameters travel as a VALUES block of RDF terms. */
    public static void runRemote(SavedQuery q, Map<String, String> values, String endpoint, ResultFormat format,
                                 long timeoutMs, OutputStream out) {
        Binding binding = bind(q, values);
        try (QueryExec exec = org.apache.jena.sparql.exec.http.QueryExecHTTP.service(endpoint).query(withValues(q.query(), binding))
                .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
            ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(exec.select()), format.lang);
        }
    }
}
