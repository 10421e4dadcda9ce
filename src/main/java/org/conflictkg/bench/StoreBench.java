package org.conflictkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.ResultFormat;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.store.AtomicLoad;
import org.conflictkg.store.Stores;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Every saved query on a store of one page and on a store of N pages (the bundled article under N
 * titles), without the result cache: time, rows and time per row on each, so that a query whose
 * cost grows faster than its result shows. A query that needs a parameter runs with its
 * {@code #+ example:} values.
 */
public final class StoreBench {
    private StoreBench() {}

    /** A loaded store of the article under {@code pages} titles, kept in {@code dir} for later runs. */
    public static Path store(Path dir, int pages, int threads) throws IOException {
        Path db = dir.resolve("store-" + pages);
        if (Files.exists(db.resolve("Data-0001"))) return db;
        Path dump = PipelineBench.generateDump(dir, pages);
        AtomicLoad.replace(db, sink -> Pipeline.builder().inputs(List.of(dump)).threads(threads)
                .diagnostics(new Diagnostics()).build().run(sink));
        return db;
    }

    /** One query on one store: best time of {@code repeats} runs, and rows. */
    public record Timing(long rows, double ms) {
        double msPerRow() { return rows == 0 ? ms : ms / rows; }
    }

    /** The best of {@code repeats} runs; a run stopped by the timeout gives rows -1 and the timeout's time. */
    public static Timing time(SavedQuery q, DatasetGraph dsg, int repeats, long timeoutMs) {
        double best = Double.MAX_VALUE;
        long rows = 0;
        for (int i = 0; i < repeats; i++) {
            CountingOut out = new CountingOut();
            long t0 = System.nanoTime();
            try {
                QueryRunner.run(q, q.example(), dsg, ResultFormat.TSV, timeoutMs, out);
            } catch (org.apache.jena.query.QueryCancelledException e) {
                return new Timing(-1, timeoutMs);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            rows = Math.max(0, out.lines - 1);
        }
        return new Timing(rows, best);
    }

    /** Every query on both stores, as rows of the bench JSON. */
    public static List<Map<String, Object>> run(List<SavedQuery> queries, Path small, Path large, int pages, int repeats,
                                                long timeoutMs) {
        DatasetGraph one = Stores.open(small), many = Stores.open(large);
        try {
            for (SavedQuery q : queries) time(q, one, 1, timeoutMs); // warm the caches and the JIT
            List<Map<String, Object>> out = new ArrayList<>();
            for (SavedQuery q : queries) {
                Timing a = time(q, one, repeats, timeoutMs), b = time(q, many, repeats, timeoutMs);
                System.err.printf("bench: %s: %d rows in %.1f ms on 1 page, %d rows in %.1f ms on %d pages%n", q.name(), a.rows(),
                        a.ms(), b.rows(), b.ms(), pages);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("query", q.name());
                m.put("rows_1", a.rows());
                m.put("ms_1", round(a.ms()));
                m.put("ms_per_row_1", round(a.msPerRow()));
                m.put("pages", pages);
                m.put("rows_n", b.rows());
                m.put("ms_n", round(b.ms()));
                m.put("ms_per_row_n", round(b.msPerRow()));
                m.put("per_row_ratio", round(b.msPerRow() / Math.max(1e-9, a.msPerRow())));
                out.add(m);
            }
            return out;
        } finally {
            TDBInternal.expel(one);
            TDBInternal.expel(many);
        }
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    /** Counts the lines written, so rows are counted without keeping them. */
    private static final class CountingOut extends OutputStream {
        long lines;

        @Override public void write(int b) { if (b == '\n') lines++; }

        @Override public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
        }
    }
}
