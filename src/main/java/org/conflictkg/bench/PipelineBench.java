package org.conflictkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.Extractors;
import org.conflictkg.pipeline.PageProcessor;
import org.conflictkg.pipeline.PageResult;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.RunSummary;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.source.BundledArticle;
import org.conflictkg.source.SourcePage;
import org.conflictkg.sweble.SwebleParser;

/**
 * The pipeline's benchmarks: Sweble's parse alone and the whole pipeline to triples on the bundled
 * article (warm medians), and extraction of generated dumps of N distinct pages with T threads.
 */
public final class PipelineBench {
    private PipelineBench() {}

    /** Warm medians in ms of the three cases on the bundled article. */
    public record ParseAndPipeline(double parseMs, double parseRawTextMs, double pipelineMs) {}

    /** Rounds per sample of {@link #parseAndPipeline}. */
    static final int ROUNDS_PER_SAMPLE = 5;

    /**
     * Warm medians of: Sweble's parse alone, as the pipeline parses the page (ref bodies in place,
     * one call per top-level section); Sweble on the raw text, where each ref body stays an
     * unparsed string (over half of this article's text); and the whole pipeline to triples
     * (counted, not stored). The three run in turn in one loop, so that JIT and garbage
     * collection treat them alike. Warm-up is {@code runs} rounds and at least {@code warmupSeconds}
     * (as JMH warms up by time): here the JIT still compiles Sweble's parser after 40 rounds.
     *
     * <p>A sample is the mean of {@value #ROUNDS_PER_SAMPLE} rounds (as a JMH iteration is a mean),
     * and each figure is the median of {@code runs / 5} samples. The median of single rounds
     * measured the young collections rather than the cases: a round of the pipeline took 77 ms
     * without one and 92 ms with one, a third to a half of its rounds had one, and its median fell
     * on either side from run to run, while the parse's (fewer rounds with one) stayed low.
     */
    public static ParseAndPipeline parseAndPipeline(int runs, double warmupSeconds) throws Exception {
        Round round = new Round();
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < runs || System.nanoTime() < warmUntil; i++) round.run();
        int perSample = Math.min(ROUNDS_PER_SAMPLE, runs), samples = Math.max(1, runs / perSample);
        long[] parse = new long[samples], raw = new long[samples], pipeline = new long[samples];
        for (int k = 0; k < samples; k++)
            for (int i = 0; i < perSample; i++) {
                long[] t = round.run();
                parse[k] += t[0] / perSample;
                raw[k] += t[1] / perSample;
                pipeline[k] += t[2] / perSample;
            }
        return new ParseAndPipeline(median(parse), median(raw), median(pipeline));
    }

    /** One round of the three cases on the bundled article: nanoseconds of each. */
    private static final class Round {
        final SourcePage p = BundledArticle.load();
        final SwebleParser parser = new SwebleParser();
        final PageProcessor processor = new PageProcessor(Extractors.standard());
        final RdfMapper mapper = new RdfMapper(Iris.defaults());
        final StreamRDFBase count = new StreamRDFBase();

        long[] run() throws Exception {
            long t0 = System.nanoTime();
            parser.parsePage(p.title(), p.text());
            long t1 = System.nanoTime();
            parser.parse(p.title(), p.text());
            long t2 = System.nanoTime();
            PageResult r = processor.process(p, d -> {}).orElseThrow();
            mapper.map(r.doc(), r.facts(), count);
            long t3 = System.nanoTime();
            return new long[]{t1 - t0, t2 - t1, t3 - t2};
        }
    }

    /** A MediaWiki XML dump (bz2) of the bundled article under {@code pages} distinct titles. */
    public static Path generateDump(Path dir, int pages) throws IOException {
        Path f = dir.resolve("dump-" + pages + ".xml.bz2");
        if (Files.exists(f)) return f;
        String text = BundledArticle.load().text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
             OutputStream bz = new BZip2CompressorOutputStream(raw, 1);
             Writer w = new java.io.OutputStreamWriter(bz, StandardCharsets.UTF_8)) {
            w.write("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n");
            for (int i = 1; i <= pages; i++)
                w.write("<page><title>Generated conflict article " + i + "</title><ns>0</ns><id>" + i + "</id><revision><id>"
                        + (1000 + i) + "</id><timestamp>2026-01-01T00:00:00Z</timestamp><text xml:space=\"preserve\">"
                        + text + "</text></revision></page>\n");
            w.write("</mediawiki>\n");
        }
        return f;
    }

    /**
     * {@link #corpus} repeated for a dump of under 100 pages, the run with the median pages/s: one run
     * of a small dump lasts about a second, and one second is too short to measure alone.
     */
    public static Map<String, Object> corpusMedian(Path dump, int pages, int threads) throws InterruptedException {
        int runs = pages >= 100 ? 1 : 5;
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) all.add(corpus(dump, pages, threads));
        all.sort(java.util.Comparator.comparingDouble(m -> (Double) m.get("pages_per_s")));
        Map<String, Object> m = all.get(runs / 2);
        m.put("runs", runs);
        return m;
    }

    /**
     * Extraction of a dump with {@code threads} workers into a counting sink; pages/s, triples/s, peak
     * heap. Each run starts from a collected heap, so that the peak is the run's own; run it inside
     * {@link #heapKeptAfterCollection()}.
     */
    public static Map<String, Object> corpus(Path dump, int pages, int threads) throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(mem.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try { Thread.sleep(20); } catch (InterruptedException e) { return; }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        AtomicLong quads = new AtomicLong();
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.builder().inputs(List.of(dump)).threads(threads).withOntology(false)
                .diagnostics(new Diagnostics()).build();
        long t1 = System.nanoTime(); // reading the mapping rules is once per run, not per page: reported apart
        RunSummary s = pipeline.run(new StreamRDFBase() {
            @Override public void quad(Quad q) { quads.incrementAndGet(); }
        });
        double seconds = (System.nanoTime() - t1) / 1e9;
        sampler.interrupt();
        sampler.join();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", s.pages());
        m.put("threads", threads);
        m.put("setup_ms", round((t1 - t0) / 1e6));
        m.put("seconds", round(seconds));
        m.put("pages_per_s", round(s.pages() / seconds));
        m.put("triples_per_s", Math.round(quads.get() / seconds));
        m.put("peak_heap_mb", Math.round(peak.get() / 1e6));
        return m;
    }

    /**
     * Until closed, a full collection does not give memory back to the OS. Otherwise G1 shrinks the
     * heap to the few MB live after the {@code System.gc()} that starts each run, and a run of a few
     * seconds spends its first part in frequent young collections while the heap grows back, which
     * no real run does (measured: 10 pages, 2 threads, 16.0 against 19.3 pages/s). Sets the
     * manageable flag {@code MaxHeapFreeRatio}; does nothing on a JVM without it.
     */
    public static AutoCloseable heapKeptAfterCollection() {
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            String before = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
            hotspot.setVMOption("MaxHeapFreeRatio", "100");
            return () -> hotspot.setVMOption("MaxHeapFreeRatio", before);
        } catch (RuntimeException e) {
            return () -> {};
        }
    }

    static double median(long[] nanos) {
        long[] t = nanos.clone();
        Arrays.sort(t);
        return round(t[t.length / 2] / 1e6);
    }

    static double round(double v) { return Math.round(v * 10) / 10.0; }
}
