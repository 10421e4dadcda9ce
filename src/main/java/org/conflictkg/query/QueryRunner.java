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
        Binding binding = bind(q, values);
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(q.query()).substitution(binding)
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), format.lang);
            }
        });
    }
}
