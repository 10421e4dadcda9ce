package org.conflictkg.cli;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.bench.HttpLoad;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.server.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed. Without options: Sweble parse alone vs the whole pipeline on the bundled article, extraction of generated dumps (10, 100, 1000 pages) with 1 and 2 threads, and cold start. --http: start the server on a free loopback port with the bundled article and load "
                + "every saved query (as CSV) and a trivial ASK {} (the HTTP floor) with concurrent clients."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--http", description = "Load-test the saved-query API against the HTTP floor.")
    boolean http;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds per target (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--pages", split = ",", defaultValue = "10,100,1000",
            description = "Sizes of the generated dumps (default: ${DEFAULT-VALUE}).")
    List<Integer> pages;

    @Option(names = "--threads-list", split = ",", defaultValue = "1,2",
            description = "Thread counts to extract the dumps with (default: ${DEFAULT-VALUE}).")
    List<Integer> threadCounts;

    @Option(names = "--runs", defaultValue = "60",
            description = "Measured rounds of parse and pipeline, taken as samples of 5 rounds each; also the least warm-up rounds (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup-seconds", defaultValue = "15",
            description = "Least warm-up before the parse/pipeline medians, and per thread count before the dumps; with "
                    + "--corpus, warm-up runs go on until one is at most 3%% faster than the one before (8 at most) "
                    + "(default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--work-dir", description = "Where the generated dumps go (default: a temporary directory).")
    java.nio.file.Path workDir;

    @Option(names = "--store", split = ",", description = "Store sizes in pages: load the bundled article under N titles "
            + "(and under one), and time every saved query without the result cache on both (e.g. --store 100,1000).")
    List<Integer> store;

    @Option(names = "--repeats", defaultValue = "3", description = "With --store: runs per query, the best counts; with --startup: "
            + "runs per figure, the median counts (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--corpus", paramLabel = "DIR|DUMP", description = "Extract a folder of .wikitext pages (made into a "
            + "multistream dump of at least --min-pages pages) or a dump, warm, with each of --threads-list: pages/s, MB/s, "
            + "the JVM's CPU time, each stage per page, and the read alone against bzip2 -dc on the same file.")
    java.nio.file.Path corpus;

    @Option(names = "--min-pages", defaultValue = "400", description = "With --corpus DIR: repeat its pages to at least this "
            + "many (default: ${DEFAULT-VALUE}).")
    int minPages;

    @Option(names = "--select", description = "Scan a generated multistream dump in which one page in 100 is a conflict "
            + "article (those of --corpus DIR, else the bundled article) and the rest city and country articles: with one "
            + "thread, the rate of the scan (the pass that reads every page and chooses those worth parsing) and of the whole "
            + "run, each against bzip2 -dc, and whether the output equals a run given the conflict pages' titles.")
    boolean select;

    @Option(names = "--select-pages", defaultValue = "2000", description = "With --select: pages of the dump (default: ${DEFAULT-VALUE}).")
    int selectPages;

    @Option(names = "--startup", description = "Start-up of new processes: --version, query involvement-matrix with an empty "
            + "and a filled cache, serve to its first answer (first and second start); --repeats runs each, the median counts.")
    boolean startup;

    @Override
    public Integer call() throws Exception {
        common.applyLogging();
        if (startup) {
            java.nio.file.Path jar = java.nio.file.Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.toString().endsWith(".jar")) throw new IllegalStateException("--startup measures the packaged jar: run it from target/");
            java.nio.file.Path dir = workDir != null ? java.nio.file.Files.createDirectories(workDir)
                    : java.nio.file.Files.createTempDirectory("ckg-bench");
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(
                    Map.of("startup", org.conflictkg.bench.StartupBench.run(jar, repeats, dir))));
            return Main.OK;
        }
        if (store != null && !store.isEmpty()) return stores();
        if (select || corpus != null) {
            java.nio.file.Path dir = workDir != null ? java.nio.file.Files.createDirectories(workDir)
                    : java.nio.file.Files.createTempDirectory("ckg-bench");
            Map<String, Object> out = new LinkedHashMap<>();
            if (select) out.put("select", org.conflictkg.bench.SelectBench.run(corpus, selectPages, repeats, dir));
            else out.put("corpus", org.conflictkg.bench.CorpusBench.run(corpus, threadCounts, minPages, warmupSeconds, repeats, dir));
            out.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap, Java " + System.getProperty("java.version"));
            System.out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(out));
            return Main.OK;
        }
        if (!http) return pipeline();
        KgServer kg = KgServer.builder().port(0).ui(false).build();
        DatasetGraph dsg = kg.dataset();
        Txn.executeWrite(dsg, () -> common.pipeline(common.diagnostics()).run(StreamRDFLib.dataset(dsg)));
        FusekiServer server = kg.server().start();
        try {
            String base = "http://localhost:" + server.getHttpPort();
            HttpLoad load = new HttpLoad(clients, Duration.ofSeconds(seconds));
            List<HttpLoad.Result> results = new ArrayList<>();
            results.add(load.run("ASK {} (floor)", URI.create(base + "/kg/sparql?query=ASK%7B%7D"), "text/csv"));
            for (SavedQuery q : SavedQueries.load(null).all()) {
                String params = q.params().stream().filter(p -> p.required() && p.defaultValue() == null).findAny().isPresent() ? null : "";
                if (params == null) continue;
                results.add(load.run(q.name(), URI.create(base + "/queries/" + q.name()), "text/csv"));
            }
            print(results);
        } finally {
            server.stop();
        }
        return Main.OK;
    }

    /** parse alone, pipeline, generated corpora, cold start: printed as JSON with --json. */
    private int pipeline() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        var medians = org.conflictkg.bench.PipelineBench.parseAndPipeline(runs, warmupSeconds);
        out.put("parse_ms", medians.parseMs());
        out.put("parse_raw_text_ms", medians.parseRawTextMs());
        out.put("pipeline_ms", medians.pipelineMs());
        out.put("pipeline_over_parse", Math.round(medians.pipelineMs() / medians.parseMs() * 100) / 100.0);
        java.nio.file.Path dir = workDir != null ? java.nio.file.Files.createDirectories(workDir)
                : java.nio.file.Files.createTempDirectory("ckg-bench");
        List<Map<String, Object>> corpus;
        try (AutoCloseable kept = org.conflictkg.bench.PipelineBench.heapKeptAfterCollection()) {
            corpus = corpora(dir);
        }
        out.put("corpus", corpus);
        out.put("cold_start_ms", coldStartMs());
        out.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap, Java " + System.getProperty("java.version"));
        System.out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(out));
        return Main.OK;
    }

    /** Every saved query on a one-page store and on stores of the given sizes. */
    private int stores() throws Exception {
        java.nio.file.Path dir = workDir != null ? java.nio.file.Files.createDirectories(workDir)
                : java.nio.file.Files.createTempDirectory("ckg-bench");
        List<SavedQuery> queries = new ArrayList<>(SavedQueries.load(null).all());
        java.nio.file.Path one = org.conflictkg.bench.StoreBench.store(dir, 1, common.threads);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n : store) {
            long t0 = System.nanoTime();
            java.nio.file.Path many = org.conflictkg.bench.StoreBench.store(dir, n, Math.max(2, common.threads));
            System.err.printf("bench: store of %d pages ready in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            rows.addAll(org.conflictkg.bench.StoreBench.run(queries, one, many, n, repeats, 60_000));
        }
        if (json) {
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(Map.of("stores", rows)));
            return Main.OK;
        }
        System.out.printf("%-28s %6s %8s %10s %6s %8s %9s %10s %6s%n", "query", "rows_1", "ms_1", "ms/row_1", "pages", "rows_n",
                "ms_n", "ms/row_n", "ratio");
        for (Map<String, Object> r : rows)
            System.out.printf("%-28s %6s %8s %10s %6s %8s %9s %10s %6s%n", r.get("query"), r.get("rows_1"), r.get("ms_1"),
                    r.get("ms_per_row_1"), r.get("pages"), r.get("rows_n"), r.get("ms_n"), r.get("ms_per_row_n"), r.get("per_row_ratio"));
        return Main.OK;
    }

    /** Every dump size with every thread count, after a warm-up. */
    private List<Map<String, Object>> corpora(java.nio.file.Path dir) throws Exception {
        // Unreported passes over the smallest dump per thread count first, at least 30 pages and
        // --warmup-seconds (as JMH warms up): the JIT has not yet compiled the dump reader, the worker
        // queues and the parser as the workers run it, which would be charged to whichever size runs first.
        int smallest = pages.stream().mapToInt(Integer::intValue).min().orElse(10);
        java.nio.file.Path warm = org.conflictkg.bench.PipelineBench.generateDump(dir, smallest);
        for (int t : threadCounts) {
            long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
            for (int i = 0; i < Math.max(1, 30 / smallest) || System.nanoTime() < warmUntil; i++)
                org.conflictkg.bench.PipelineBench.corpus(warm, smallest, t);
        }
        List<Map<String, Object>> corpus = new ArrayList<>();
        for (int n : pages) {
            java.nio.file.Path dump = org.conflictkg.bench.PipelineBench.generateDump(dir, n);
            for (int t : threadCounts) {
                Map<String, Object> row = org.conflictkg.bench.PipelineBench.corpusMedian(dump, n, t);
                corpus.add(row);
                if (!json) System.err.println("bench: " + row);
            }
        }
        return corpus;
    }

    /** Time from starting 'java -jar conflict-kg.jar query sources' to its answer; null when not run from the jar. */
    private static Long coldStartMs() throws Exception {
        java.nio.file.Path jar = java.nio.file.Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!jar.toString().endsWith(".jar")) return null;
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return org.conflictkg.bench.StartupBench.processMs(
                List.of(javaBin, "-jar", jar.toString(), "query", "sources", "--format", "csv", "--no-cache"));
    }

    private void print(List<HttpLoad.Result> results) {
        double floor = results.get(0).requestsPerSecond();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (HttpLoad.Result r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("target", r.name());
                m.put("requests", r.requests());
                m.put("errors", r.errors());
                m.put("requests_per_s", Math.round(r.requestsPerSecond()));
                m.put("p50_ms", Math.round(r.p50Ms() * 100) / 100.0);
                m.put("p99_ms", Math.round(r.p99Ms() * 100) / 100.0);
                m.put("share_of_floor", Math.round(r.requestsPerSecond() / floor * 100) / 100.0);
                rows.add(m);
            }
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(Map.of("clients", clients, "http", rows)));
            return;
        }
        System.out.printf("%-30s %9s %7s %10s %8s %8s %7s%n", "target", "requests", "errors", "req/s", "p50 ms", "p99 ms", "floor");
        for (HttpLoad.Result r : results)
            System.out.printf("%-30s %9d %7d %10.0f %8.2f %8.2f %6.0f%%%n", r.name(), r.requests(), r.errors(),
                    r.requestsPerSecond(), r.p50Ms(), r.p99Ms(), 100 * r.requestsPerSecond() / floor);
    }
}
