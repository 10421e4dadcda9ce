package org.conflictkg.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Spark job in local mode against {@code extract --threads N} on the same dump: the bundled
 * article under {@code pages} titles, {@code perStream} pages per bz2 stream (Wikimedia uses 100),
 * each run a new process through the launchers in {@code target/bin}. Prints JSON.
 *
 * <pre>java -cp target/conflict-kg-spark.jar:target/conflict-kg.jar org.conflictkg.spark.SparkBench [pages] [perStream] [threads] [workDir]</pre>
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perStream = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path work = Files.createDirectories(args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("ckg-spark-bench"));
        Path bin = Path.of(SparkBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().resolve("bin");
        String article;
        try (var in = SparkBench.class.getResourceAsStream(
                "/articles/international-military-intervention-against-the-islamic-state.wikitext")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 1; i <= pages; i++) list.add(Map.entry("Intervention copy " + i, article));
        Path dump = org.conflictkg.bench.MultistreamDump.write(work, "bench", list, perStream);
        Path parts = work.resolve("parts-" + System.nanoTime());
        long spark = time(bin.resolve("conflict-kg-spark").toString(), "--master", "local[" + threads + "]", "--out",
                parts.toString(), dump.toString());
        long extract = time(bin.resolve("conflict-kg").toString(), "extract", "--threads", Integer.toString(threads),
                work.resolve("bench.xml").toString(), "--format", "nq", "-o", work.resolve("extract.nq").toString());
        System.out.printf("{\"spark_vs_extract\": {\"pages\": %d, \"pages_per_stream\": %d, \"threads\": %d, "
                + "\"spark_ms\": %d, \"extract_ms\": %d, \"spark_pages_per_s\": %.2f, \"extract_pages_per_s\": %.2f, "
                + "\"spark_over_extract\": %.2f}}%n", pages, perStream, threads, spark, extract, pages * 1000.0 / spark,
                pages * 1000.0 / extract, (double) spark / extract);
    }

    private static long time(String... cmd) throws IOException, InterruptedException {
        return org.conflictkg.bench.StartupBench.processMs(List.of(cmd));
    }
}
