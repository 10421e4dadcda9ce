package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.extract.Extractor;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.wiki.InfoboxTemplates;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;

/**
 * Extraction across cores with bounded memory: one thread reads pages into a bounded queue,
 * {@code threads} workers parse, extract and map them (each with its own Sweble engine), and the
 * calling thread writes each finished page graph to the sink, which needs no locking. At most
 * about 2 × threads pages are in memory at once.
 */
final class ParallelRun {
    private static final SourcePage END = SourcePage.of("\u0000end", "", "");

    private record Done(SourcePage page, List<Quad> quads, PageResult result) {}

    private final int threads;
    private final List<Extractor> extractors;
    private final Iris iris;
    private final MappingRules rules;
    private final Diagnostics diagnostics;
    private final InfoboxTemplates templates;

    ParallelRun(int threads, List<Extractor> extractors, Iris iris, MappingRules rules, Diagnostics diagnostics,
                InfoboxTemplates templates) {
        this.templates = templates;
        this.threads = threads;
        this.extractors = extractors;
        this.iris = iris;
        this.rules = rules;
        this.diagnostics = diagnostics;
    }

    void run(PageSource source, StreamRDF sink, Pipeline.Counts c, List<MetadataWriter.PageGraphInfo> graphs, Progress bar) {
        BlockingQueue<SourcePage> in = new ArrayBlockingQueue<>(threads * 2);
        BlockingQueue<Object> out = new ArrayBlockingQueue<>(threads * 2);
        AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (source.hasNext()) in.put(source.next());
            } catch (RuntimeException e) {
                readFailure.set(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                for (int i = 0; i < threads; i++) putQuietly(in, END);
            }
        }, "ckg-reader");
        reader.setDaemon(true);
        reader.start();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread w = new Thread(() -> work(in, out), "ckg-worker-" + i);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        int finished = 0;
        try {
            while (finished < threads) {
                Object o = out.take();
                if (o == END) { finished++; continue; }
                Done d = (Done) o;
                c.pages++;
                if (d.result() == null) { c.failed++; bar.page(0); continue; }
                long m0 = System.nanoTime();
                d.quads().forEach(sink::quad);
                c.map += System.nanoTime() - m0;
                c.parse += d.result().parseNanos();
                c.extract += d.result().extractNanos();
                c.facts += d.result().facts().size();
                c.quads += d.quads().size();
                bar.page(d.quads().size());
                graphs.add(new MetadataWriter.PageGraphInfo(d.page().withoutText(), iris.pageGraph(d.page().title()),
                        iris.page(d.page().title()), d.quads().size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.forEach(Thread::interrupt);
            reader.interrupt();
        }
        if (readFailure.get() != null && c.pages == 0) throw readFailure.get();
    }

    private void work(BlockingQueue<SourcePage> in, BlockingQueue<Object> out) {
        PageProcessor processor = new PageProcessor(extractors, templates);
        RdfMapper mapper = new RdfMapper(iris, rules);
        try {
            while (true) {
                SourcePage page = in.take();
                if (page == END) break;
                Optional<PageResult> r = processor.process(page, diagnostics);
                if (r.isEmpty()) { out.put(new Done(page, List.of(), null)); continue; }
                List<Quad> quads = new ArrayList<>();
                mapper.map(r.get().doc(), r.get().facts(), new StreamRDFBase() {
                    @Override public void quad(Quad q) { quads.add(q); }
                });
                // The parsed document is not needed any more: keep only what the writer uses.
                out.put(new Done(page, quads, new PageResult(null, r.get().facts(), r.get().parseNanos(), r.get().extractNanos())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            putQuietly(out, END);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void putQuietly(BlockingQueue<T> q, Object item) {
        try {
            q.put((T) item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
