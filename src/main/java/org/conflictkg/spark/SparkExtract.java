package org.conflictkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.conflictkg.pipeline.PartialRun;
import org.conflictkg.rdf.Iris;

/**
 * {@code extract} as an Apache Spark job: one task per split (a bz2 stream of a multistream dump,
 * or a whole input file), each running the project's page processing and mapper and writing its
 * page graphs as {@code OUT/part-NNNNN.nq.gz}; the driver then writes the ontology and metadata
 * graphs once, as {@code OUT/run.nq.gz}, and {@code OUT/_SUCCESS}. {@code load --db DIR --parts OUT}
 * loads the folder.
 *
 * <pre>
 * SparkExtract --master local[2] --out parts enwiki-multistream.xml.bz2     (local mode, in this JVM)
 * spark-submit --class org.conflictkg.spark.SparkExtract ... --out hdfs:///parts hdfs:///dump.xml.bz2
 * </pre>
 */
public final class SparkExtract {
    /** What a run did. */
    public record Summary(int splits, int pages, int failed, int skipped, int unselected, long facts, long quads, long millis) {
        String line() {
            return String.format("spark extract: %d split(s), %d page(s) (%d failed, %d skipped%s), %,d facts, %,d quads in %,d ms, %.1f pages/s",
                    splits, pages, failed, skipped, unselected > 0 ? String.format(", %,d not selected", unselected) : "",
                    facts, quads, millis, pages * 1000.0 / Math.max(1, millis));
        }

        boolean complete() { return failed == 0 && skipped == 0; }
    }

    private SparkExtract() {}

    public static void main(String[] args) throws Exception {
        String master = null, out = null, base = Iris.DEFAULT_BASE, ontologyDir = null;
        org.conflictkg.pipeline.PageSelection.Mode select = org.conflictkg.pipeline.PageSelection.Mode.AUTO;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = args[++i];
                case "--out" -> out = args[++i];
                case "--base" -> base = args[++i];
                case "--ontology-dir" -> ontologyDir = args[++i];
                case "--select" -> select = selectMode(args[++i]);
                case "-h", "--help" -> { usage(); return; }
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) { usage(); System.exit(2); }
        SparkConf conf = new SparkConf().setAppName("conflict-kg extract");
        if (master != null) conf.setMaster(master);  // spark-submit sets it otherwise
        Summary s;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            s = run(sc, inputs, out, base, ontologyDir, select);
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.err.println(s.line());
        // 3 as conflict-kg's own commands: done, but a page failed or was skipped (each named in the task logs)
        if (!s.complete()) System.exit(3);
    }

    /** A mistake in how the job was called, told in one line. */
    static final class UsageException extends IOException {
        UsageException(String message) { super(message); }
    }

    private static void usage() {
        System.err.println("usage: SparkExtract [--master URL] --out DIR [--base IRI] [--ontology-dir DIR] "
                + "[--select auto|mapped|all] INPUT...");
    }

    private static org.conflictkg.pipeline.PageSelection.Mode selectMode(String v) {
        try {
            return org.conflictkg.pipeline.PageSelection.Mode.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --select: '" + v + "' is none of auto, mapped, all");
            System.exit(2);
            return null;
        }
    }

    /** Runs the job on {@code sc}; refuses an output folder that exists, as Spark's own writers do. */
    public static Summary run(JavaSparkContext sc, List<String> inputs, String out, String base, String ontologyDir)
            throws IOException {
        return run(sc, inputs, out, base, ontologyDir, org.conflictkg.pipeline.PageSelection.Mode.AUTO);
    }

    /** As above, parsing the pages {@code select} selects ({@code --select}, as {@code extract} does). */
    public static Summary run(JavaSparkContext sc, List<String> inputs, String out, String base, String ontologyDir,
                              org.conflictkg.pipeline.PageSelection.Mode select) throws IOException {
        long t0 = System.nanoTime();
        Instant start = Instant.now();
        Configuration hadoop = sc.hadoopConfiguration();
        Path outDir = new Path(out);
        FileSystem fs = outDir.getFileSystem(hadoop);
        if (fs.exists(outDir)) throw new UsageException(out + " exists: give a new folder for the parts");
        fs.mkdirs(outDir);
        List<Split> splits = Splits.of(inputs, hadoop);
        String target = fs.makeQualified(outDir).toString();
        // First the redirects and infobox templates of every split, known to every task before any page is read.
        org.conflictkg.pipeline.Prescan.Found found = sc.parallelize(splits, Math.max(1, splits.size()))
                .map(split -> SplitTask.scan(split, ontologyDir))
                .reduce(org.conflictkg.pipeline.Prescan.Found::merge);
        org.conflictkg.wiki.SiteIndex site = org.conflictkg.pipeline.Prescan.index(found,
                org.conflictkg.wiki.Redirects.builder(), d -> System.err.println("warning: " + d.location() + ": " + d.message()));
        var shared = sc.broadcast(site);
        PartialRun all = sc.parallelize(splits, Math.max(1, splits.size()))
                .map(split -> SplitTask.run(split, target, base, ontologyDir, shared.value(), select))
                .reduce(PartialRun::merge);
        try (OutputStream raw = fs.create(new Path(outDir, "run.nq.gz"), false); OutputStream gz = new GZIPOutputStream(raw)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            sink.start();
            all.writeRunGraphs(sink, new Iris(base).withRedirects(site.redirects()), ontologyDir == null ? null : java.nio.file.Path.of(ontologyDir),
                    UUID.randomUUID().toString(), start, Instant.now());
            sink.finish();
        }
        fs.create(new Path(outDir, "_SUCCESS"), false).close();
        return new Summary(splits.size(), all.pages(), all.failedPages(), all.skippedPages(), all.unselectedPages(), all.facts(), all.quads(),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
