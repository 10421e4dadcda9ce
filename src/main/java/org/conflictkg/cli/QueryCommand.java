package org.conflictkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.conflictkg.query.Param;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.ResultFormat;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query (queries/NAME.rq) on the bundled article in memory, or on a store with --db.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin PipelineOptions common;
    @Mixin DatasetOptions data;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Saved query name; several with --out-dir; none lists them.")
    List<String> names = List.of();

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write each query's result to DIR/NAME.csv (or .tsv, .json, "
            + ".xml): several queries from one store in one call.")
    Path outDir;

    @Option(names = {"-p", "--param"}, description = "A parameter as name=value; repeat for several.")
    List<String> paramList = List.of();

    private final Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-i", "--input"}, description = "Input file to extract instead of the bundled article; repeatable.")
    List<Path> inputs = List.of();

    @Option(names = "--queries", description = "Directory of saved queries (default: the bundled queries/).")
    Path queriesDir;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--endpoint", description = "Run on this SPARQL endpoint instead, e.g. http://localhost:3030/kg/sparql.")
    String endpoint;

    @Option(names = {"-e", "--sparql"}, description = "Run this SPARQL SELECT text instead of a saved query.")
    String sparql;

    @Option(names = "--limit", description = "Rows to print at most; a warning says when more follow.")
    Long limit;

    @Option(names = "--offset", description = "Rows to skip first (default: 0).")
    Long offset;

    @Override
    public Integer call() throws IOException {
        common.inputs = inputs;
        common.applyLogging();
        for (String kv : paramList) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new org.conflictkg.query.BadParameterException(kv, "a parameter is name=value");
            String k = kv.substring(0, eq).strip(), v = kv.substring(eq + 1);
            String before = params.put(k, v);
            if (before != null && !before.equals(v))
                throw new org.conflictkg.query.BadParameterException(k, "given more than once with different values");
        }
        if (sparql != null) {
            SavedQuery adhoc;
            try {
                adhoc = SavedQuery.parse("-e", sparql);
            } catch (IllegalArgumentException e) {
                throw new org.conflictkg.query.BadParameterException("-e", "not valid SPARQL: "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            }
            OutputStream out = new BufferedOutputStream(System.out);
            QueryRunner.run(adhoc, params, data.dataset(common), ResultFormat.of(format), timeoutSeconds * 1000, out);
            out.flush();
            return data.complete ? Main.OK : Main.INCOMPLETE;
        }
        SavedQueries queries = SavedQueries.load(queriesDir);
        if (names.isEmpty()) {
            for (SavedQuery q : queries.all()) {
                System.out.printf("%-24s %s%n", q.name(), q.summary());
                for (Param p : q.params())
                    System.out.printf("%-24s   --param %s=<%s>%s %s%n", "", p.name(), p.type(),
                            p.defaultValue() != null ? " (default: " + p.defaultValue() + ")" : p.required() ? " (required)" : "",
                            p.description());
            }
            return Main.OK;
        }
        ResultFormat f = ResultFormat.of(format);
        if (limit != null) params.put("limit", Long.toString(limit));
        if (offset != null) params.put("offset", Long.toString(offset));
        List<SavedQuery> chosen = names.stream().map(queries::get).toList();
        if (chosen.size() > 1 && outDir == null)
            throw new org.conflictkg.query.BadParameterException("--out-dir", "several queries write one file each: give --out-dir DIR");
        for (SavedQuery q : chosen) QueryRunner.bind(q, paramsOf(q, chosen));  // all checked before the (slower) store
        org.conflictkg.query.Paging.of(params);
        if (outDir != null) {
            ResultFiles files = new ResultFiles(outDir, f);
            org.apache.jena.sparql.core.DatasetGraph dsg = endpoint != null ? null : data.dataset(common);
            for (SavedQuery q : chosen)
                files.write(q.name(), out -> endpoint != null
                        ? QueryRunner.runRemote(q, paramsOf(q, chosen), endpoint, f, timeoutSeconds * 1000, out)
                        : QueryRunner.run(q, paramsOf(q, chosen), dsg, f, timeoutSeconds * 1000, out));
            return data.complete ? Main.OK : Main.INCOMPLETE;
        }
        SavedQuery q = chosen.get(0);
        OutputStream out = new BufferedOutputStream(System.out);
        QueryRunner.Outcome o = endpoint != null ? QueryRunner.runRemote(q, params, endpoint, f, timeoutSeconds * 1000, out)
                : QueryRunner.run(q, params, data.dataset(common), f, timeoutSeconds * 1000, out);
        out.flush();
        warnIfMore(o, "");
        return data.complete ? Main.OK : Main.INCOMPLETE;
    }

    /**
     * The parameters a query takes, out of those given: with several queries each gets its own; a
     * parameter that none of them takes is an error, as it is for one query.
     */
    private Map<String, String> paramsOf(SavedQuery q, List<SavedQuery> all) {
        if (all.size() == 1) return params;
        for (String k : params.keySet())
            if (!org.conflictkg.query.Paging.NAMES.contains(k) && all.stream().noneMatch(x -> x.param(k) != null))
                throw new org.conflictkg.query.BadParameterException(k, "none of the queries takes it");
        Map<String, String> own = new LinkedHashMap<>();
        params.forEach((k, v) -> { if (q.param(k) != null || org.conflictkg.query.Paging.NAMES.contains(k)) own.put(k, v); });
        return own;
    }

    static void warnIfMore(QueryRunner.Outcome o, String what) {
        if (o.more())
            System.err.printf("warning: %s%d row(s) shown from row %d; more follow: --offset %d gives the next ones%n",
                    what, o.rows(), o.offset(), o.offset() + o.rows());
    }
}
