package org.conflictkg.query;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;

/**
 * Runs a saved query with parameters bound as RDF terms (Jena's substitution, never text splicing),
 * pages it ({@code limit}, {@code offset}, the row cap), and writes the result in the asked format.
 */
public final class QueryRunner {
    static { org.conflictkg.query.regex.RegexBounds.install(); }  // any regex stops at the timeout

    private QueryRunner() {}

    /** What a run wrote: its rows, and whether more rows follow (cut by the limit or the cap). */
    public record Outcome(long rows, boolean more, long offset, long bound) {}

    /** The binding of the given values to the query's parameter variables; checks names and types. */
    public static Binding bind(SavedQuery q, Map<String, String> values) {
        for (String k : values.keySet())
            if (q.param(k) == null && !Paging.NAMES.contains(k))
                throw new BadParameterException(k, "unknown parameter of '" + q.name() + "'; it takes: "
                        + String.join(", ", q.params().stream().map(Param::name).toList())
                        + (q.params().isEmpty() ? "" : ", ") + "limit, offset");
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
    public static Outcome run(SavedQuery q, Map<String, String> values, DatasetGraph dsg, ResultFormat format,
                              long timeoutMs, OutputStream out) {
        return run(q, values, dsg, format, timeoutMs, Long.MAX_VALUE, out);
    }

    /** As {@link #run}, returning at most {@code rowCap} rows (fewer when {@code limit} asks so). */
    public static Outcome run(SavedQuery q, Map<String, String> values, DatasetGraph dsg, ResultFormat format,
                              long timeoutMs, long rowCap, OutputStream out) {
        Binding binding = bind(q, values);
        Paging paging = Paging.of(values);
        long bound = paging.bound(rowCap);
        Query query = q.query();
        if (query.isAskType()) return ask(query, binding, dsg, format, timeoutMs, out);
        if (!query.isSelectType())
            throw new BadParameterException("query", "only SELECT and ASK here; CONSTRUCT and DESCRIBE go to the SPARQL endpoint (/kg/sparql)");
        if (q.pivot() == null && (bound < Long.MAX_VALUE || paging.offset() > 0)) {
            // One row past the bound tells whether more follow, without counting them all.
            query = query.cloneQuery();
            if (bound < Long.MAX_VALUE) query.setLimit(bound + 1);
            if (paging.offset() > 0) query.setOffset(paging.offset());
        }
        Query prepared = query;
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(prepared).substitution(binding)
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                return write(exec.select(), q, paging, bound, format, out);
            }
        });
    }

    /** An ASK query's answer, as a boolean result in the asked format. */
    private static Outcome ask(Query query, Binding binding, DatasetGraph dsg, ResultFormat format, long timeoutMs, OutputStream out) {
        boolean yes = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(binding)
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                return exec.ask();
            }
        });
        org.apache.jena.sparql.resultset.ResultsWriter.create().lang(format.lang).write(out, yes);
        return new Outcome(1, false, 0, 1);
    }

    /** The rows as asked: pivoted when the query says so, at most {@code bound} of them, in the format. */
    private static Outcome write(RowSet rows, SavedQuery q, Paging paging, long bound, ResultFormat format, OutputStream out) {
        List<Var> vars = rows.getResultVars();
        Iterator<Binding> it = rows;
        if (q.pivot() != null) { // its rows exist only once all records are read: offset and bound apply here
            Pivot.Result p = q.pivot().apply(rows);
            vars = p.vars();
            it = p.rows().stream().skip(paging.offset()).iterator();
        }
        Bounded bounded = new Bounded(it, bound);
        ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(RowSetStream.create(vars, bounded)), format.lang);
        return new Outcome(bounded.given, bounded.more(), paging.offset(), bound);
    }

    /** At most {@code bound} rows; afterwards, whether another was there. */
    private static final class Bounded implements Iterator<Binding> {
        private final Iterator<Binding> rows;
        private final long bound;
        long given;

        Bounded(Iterator<Binding> rows, long bound) {
            this.rows = rows;
            this.bound = bound;
        }

        @Override public boolean hasNext() { return given < bound && rows.hasNext(); }

        @Override public Binding next() {
            if (!hasNext()) throw new NoSuchElementException();
            given++;
            return rows.next();
        }

        boolean more() { return given >= bound && rows.hasNext(); }
    }

    /**
     * The query with the binding as a VALUES block at the start of its WHERE group: the terms travel
     * as RDF terms in the syntax tree, and {@code COALESCE(?param, ...)} keeps working in the remote engine.
     */
    static Query withValues(Query q, Binding binding) {
        if (binding.isEmpty()) return q;
        Query copy = q.cloneQuery();
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
    public static Outcome runRemote(SavedQuery q, Map<String, String> values, String endpoint, ResultFormat format,
                                    long timeoutMs, OutputStream out) {
        Binding binding = bind(q, values);
        Paging paging = Paging.of(values);
        long bound = paging.bound(Long.MAX_VALUE);
        Query query = withValues(q.query(), binding);
        if (q.pivot() == null && (bound < Long.MAX_VALUE || paging.offset() > 0)) {
            query = query == q.query() ? query.cloneQuery() : query;
            if (bound < Long.MAX_VALUE) query.setLimit(bound + 1);
            if (paging.offset() > 0) query.setOffset(paging.offset());
        }
        try (QueryExec exec = org.apache.jena.sparql.exec.http.QueryExecHTTP.service(endpoint).query(query)
                .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
            return write(exec.select(), q, paging, bound, format, out);
        }
    }
}
