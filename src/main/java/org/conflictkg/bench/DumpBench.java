package org.conflictkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.jena.riot.system.StreamRDF;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.PageSelection;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.RunSummary;
import org.conflictkg.source.Inputs;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;

/** What the dump benchmarks share: runs of the pipeline as a user runs them, the read alone, and bzip2 -dc. */
final class DumpBench {
    private DumpBench() {}

    /**
     * One run: its summary, its wall time, and the CPU time the JVM spent in it (every thread of it, the collector's
     * and the JIT compiler's too; not a system {@code bzip2} it started). On a machine shared with other
     * work the wall time follows the others' load and the CPU time less so; a CPU time well above the
     * wall time of a one-thread run shows the JIT still compiling, or a collector working hard.
     */
    record Run(double seconds, double cpuSeconds, RunSummary summary) {}

    /** CPU time of this JVM so far, in ns; -1 where the platform does not tell. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** The pipeline over {@code dump} with {@code threads} workers, N-Quads written to nowhere (as {@code -o /dev/null}). */
    static Run extract(Path dump, int threads, boolean titled, Predicate<SourcePage> filter, StreamRDF also) {
        long t0 = System.nanoTime(), cpu0 = processCpuNanos();
        StreamRDF out = org.conflictkg.rdf.LineWriter.onto(OutputStream.nullOutputStream());
        StreamRDF sink = also == null ? out : new org.apache.jena.riot.system.StreamRDFWrapper(out) {
            @Override public void quad(org.apache.jena.sparql.core.Quad q) { super.quad(q); also.quad(q); }
        };
        Pipeline.Builder b = Pipeline.builder().inputs(List.of(dump)).threads(threads).diagnostics(new Diagnostics(d -> { }))
                .selection(PageSelection.Mode.AUTO, titled);
        if (filter != null) b.filter(filter);
        RunSummary s = b.build().run(sink);
        long cpu = processCpuNanos();
        return new Run((System.nanoTime() - t0) / 1e9, cpu < 0 || cpu0 < 0 ? -1 : (cpu - cpu0) / 1e9, s);
    }

    /** Most warm-up runs allowed: the JIT settles within a few, and a machine that never settles must still end. */
    private static final int MAX_WARMUP_RUNS = 8;

    /**
     * Runs until at least {@code seconds} have passed and the last run was no more than 3% faster than
     * the one before: the JIT keeps compiling Sweble's parser for a minute of parsing, and a run cut
     * short of that made the first thread count look slower than it is.
     */
    static void warm(Path dump, int threads, double seconds) {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        double before = Double.MAX_VALUE;
        for (int run = 1; run <= MAX_WARMUP_RUNS; run++) {
            double s = extract(dump, threads, false, null, null).seconds();
            boolean settled = s > before * 0.97;
            before = s;
            if (settled && System.nanoTime() >= until) return;
        }
    }

    /** The {@code .wikitext} files of a folder, sorted, each a page titled by its file name. */
    static List<Path> wikitextFiles(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".wikitext")).sorted().toList();
        }
    }

    /** The title a page file stands for, as {@code extract} names it. */
    static String title(Path file) {
        return org.conflictkg.source.Inputs.titleFromFileName(file.getFileName().toString());
    }

    /** Seconds to read every page of the dump (decompress and parse the XML), nothing else. */
    static double readOnly(Path dump) {
        long t0 = System.nanoTime();
        try (PageSource pages = Inputs.open(List.of(dump), null, p -> true, d -> { })) {
            while (pages.hasNext()) pages.next();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds {@code bzip2 -dc} takes to decompress the dump to nowhere, or null when there is no bzip2. */
    static Double bzip2(Path dump) {
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("bzip2", "-dc", dump.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) return null;
            return (System.nanoTime() - t0) / 1e9;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Bytes of XML in the dump, decompressed. */
    static long xmlBytes(Path dump) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(new java.io.BufferedInputStream(Files.newInputStream(dump), 1 << 16), true)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.removeIf(java.util.Objects::isNull);
        if (v.isEmpty()) return Double.NaN;
        v.sort(null);
        return v.get(v.size() / 2);
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /** The read alone against bzip2 -dc, medians of {@code repeats}. */
    static Map<String, Object> readAgainstBzip2(Path dump, long xml, int repeats) {
        List<Double> read = new ArrayList<>(), bz = new ArrayList<>();
        readOnly(dump); // warm
        for (int i = 0; i < repeats; i++) {
            read.add(readOnly(dump));
            bz.add(bzip2(dump));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        double r = median(read), b = median(bz);
        m.put("read_s", round(r, 2));
        m.put("read_mb_per_s", round(xml / 1e6 / r, 1));
        m.put("bzip2_dc_s", Double.isNaN(b) ? null : round(b, 2));
        m.put("read_over_bzip2", Double.isNaN(b) ? null : round(r / b, 2));
        return m;
    }
}
