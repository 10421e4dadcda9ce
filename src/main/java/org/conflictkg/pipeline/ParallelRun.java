package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.riot.system.StreamRDF;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.extract.Extractor;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Iris;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;
import org.conflictkg.wiki.InfoboxTemplates;

/**
 * Extraction across cores with bounded memory: one thread reads pages into a bounded queue,
 * {@code threads} workers parse, extract and map them (each with its own Sweble engine), and the
 * calling thread writes each finished page graph to the sink, which needs no locking. At most
 * about 2 × threads pages are in memory at once. A page that fails costs that page only
 * ({@link PageWork}); a worker that dies all the same fails the run, which never reports pages it
 * did not process.
 */
final class ParallelRun {
    private static final SourcePage END = SourcePage.of("\u0000end", "", "");
    /** What a worker that died leaves in the output queue. */
    private record Died(Throwable cause) {}

    private final int threads;
    private final List<Extractor> extractors;
    private final Iris iris;
    private final MappingRules rules;
    private final Diagnostics diagnostics;
    private final InfoboxTemplates templates;
    private final PageClock clock;

    ParallelRun(int threads, List<Extractor> extractors, Iris iris, MappingRules rules, Diagnostics diagnostics,
                InfoboxTemplates templates, PageClock clock) {
        this.templates = templates;
        this.clock = clock;
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
        Throwable died = null;
        try {
            while (finished < threads) {
                Object o = out.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (o == null) {
                    // A worker that ended without a word would leave this loop waiting for ever: say so instead.
                    long alive = workers.stream().filter(Thread::isAlive).count();
                    if (finished + alive < threads && out.isEmpty())
                        died = new IllegalStateException("a worker ended without reporting its end");
                    if (died != null) break;
                    continue;
                }
                if (o == END) { finished++; continue; }
                if (o instanceof Died d) { finished++; died = d.cause(); continue; }
                c.add((PageWork.Done) o, sink, graphs, iris, bar);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.forEach(Thread::interrupt);
            reader.interrupt();
        }
        if (died != null) {
            reader.interrupt();
            throw new IllegalStateException("a worker thread died (" + died + ") after " + c.pages
                    + " page(s); the pages after it were not processed and the run is incomplete", died);
        }
        if (readFailure.get() != null && c.pages == 0) throw readFailure.get();
    }

    private void work(BlockingQueue<SourcePage> in, BlockingQueue<Object> out) {
        Object last = END;
        try {
            PageWork work = new PageWork(extractors, templates, iris, rules, diagnostics, clock);
            while (true) {
                SourcePage page = in.take();
                if (page == END) break;
                out.put(work.run(page));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            last = new Died(t);  // PageWork keeps a page's failure to the page; anything else ends the run
        } finally {
            putQuietly(out, last);
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
