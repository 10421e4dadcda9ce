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

    /**
     * Warm medians of: Sweble's parse alone, as the pipeline parses the page (ref bodies in place,
     * one call per top-level section); Sweble on the raw text, where each ref body stays an
     * unparsed string (over half of this article's text); and the whole pipeline to triples
     * (counted, not stored). The three run in turn in one loop, so that JIT and garbage
     * collection treat them alike; the first half of the rounds warms up.
     */
    public static ParseAndPipeline parseAndPipeline(int runs) throws Exception {
        SourcePage p = BundledArticle.load();
        SwebleParser parser = new SwebleParser();
        PageProcessor processor = new PageProcessor(Extractors.standard());
        RdfMapper mapper = new RdfMapper(Iris.defaults());
        StreamRDFBase count = new StreamRDFBase();
        long[] parse = new long[runs], raw = new long[runs], pipeline = new long[runs];
        for (int i = 0; i < 2 * runs; i++) {
            long t0 = System.nanoTime();
            parser.parsePage(p.title(), p.text());
            long t1 = System.nanoTime();
            parser.parse(p.title(), p.text());
            long t2 = System.nanoTime();
            PageResult r = processor.process(p, d -> {}).orElseThrow();
            mapper.map(r.doc(), r.facts(), count);
            long t3 = System.nanoTime();
            if (i < runs) continue;
            parse[i - runs] = t1 - t0;
            raw[i - runs] = t2 - t1;
            pipeline[i - runs] = t3 - t2;
        }
        return new ParseAndPipeline(median(parse), median(raw), median(pipeline));
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

    /** Extraction of a dump with {@code threads} workers into a counting sink; pages/s, triples/s, peak heap. */
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

    static double median(long[] nanos) {
        long[] t = nanos.clone();
        Arrays.sort(t);
        return round(t[t.length / 2] / 1e6);
    }

    static double round(double v) { return Math.round(v * 10) / 10.0; }
}
