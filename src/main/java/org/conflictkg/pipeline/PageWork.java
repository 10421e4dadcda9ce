package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.extract.Extractor;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.source.SourcePage;
import org.conflictkg.wiki.InfoboxTemplates;

/**
 * One page through parse, extraction and mapping, on the calling thread, its quads held until the
 * page is done: whatever the page makes a rule or the parser throw (an exception, a stack overflow
 * from a deeply recursing pattern, running out of memory) costs that page only, with one error line
 * naming it, and no half of it reaches the output. One per worker thread.
 */
final class PageWork {
    /** A page done: its quads, or null quads when it failed; and the time of each stage. */
    record Done(SourcePage page, List<Quad> quads, long facts, long parseNanos, long extractNanos, long mapNanos) {
        boolean failed() { return quads == null; }
    }

    private final List<Extractor> extractors;
    private final InfoboxTemplates templates;
    private PageProcessor processor;
    private final RdfMapper mapper;
    private final Consumer<Diagnostic> diagnostics;
    private final PageClock clock;

    PageWork(List<Extractor> extractors, InfoboxTemplates templates, Iris iris, MappingRules rules, Consumer<Diagnostic> diagnostics,
             PageClock clock) {
        this.extractors = extractors;
        this.templates = templates;
        this.processor = new PageProcessor(extractors, templates);
        this.mapper = new RdfMapper(iris, rules);
        this.diagnostics = diagnostics;
        this.clock = clock;
    }

    Done run(SourcePage page) {
        return run(page, true);
    }

    private Done run(SourcePage page, boolean firstTry) {
        clock.start();
        reported = false;
        Done done = null;
        try {
            done = runBounded(page);
            clock.finish(); // inside the try: a stop the watchdog sent for this page lands here, never later
            return done;
        } catch (ThreadDeath stopped) {
            // The watchdog stopped this page in code that could not check its deadline. Start over with
            // a fresh parser: a library that caught the stop (Sweble wraps it) may keep it in its state.
            boolean meantForThisPage = clock.stopped();
            processor = new PageProcessor(extractors, templates);
            // A stop that arrived late, meant for the page before: this page did nothing wrong; read it again.
            if (!meantForThisPage && firstTry) return run(page, false);
            if (reported) return done != null ? done : new Done(page.withoutText(), null, 0, 0, 0, 0);
            return failed(page, "it ran past twice its time bound of " + seconds() + " (--page-timeout)");
        }
    }

    private String seconds() {
        return String.format(java.util.Locale.ROOT, "%.0f s", clock.boundSeconds());
    }

    private Done runBounded(SourcePage page) {
        try {
            Optional<PageResult> r = processor.process(page, diagnostics);
            if (r.isEmpty()) return new Done(page.withoutText(), null, 0, 0, 0, 0);
            long m0 = System.nanoTime();
            List<Quad> quads = new ArrayList<>();
            mapper.map(r.get().doc(), r.get().facts(), new StreamRDFBase() {
                @Override public void quad(Quad q) { quads.add(q); }
            });
            return new Done(page.withoutText(), quads, r.get().facts().size(), r.get().parseNanos(), r.get().extractNanos(),
                    System.nanoTime() - m0);
        } catch (org.conflictkg.diag.PageDeadline.Exceeded e) {
            return failed(page, "it took longer than its time bound of " + seconds() + " (--page-timeout)");
        } catch (StackOverflowError e) {
            return failed(page, "a rule recursed too deeply on its text (stack overflow)");
        } catch (OutOfMemoryError e) {
            return failed(page, "it needs more memory than the heap has (out of memory)");
        } catch (ThreadDeath e) {
            throw e;
        } catch (Throwable e) {
            return failed(page, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Whether the current page's failure has been reported: it is reported once. */
    private boolean reported;

    private Done failed(SourcePage page, String why) {
        reported = true;
        diagnostics.accept(Diagnostic.error(page.title(), null, 0, "page skipped" + id(page) + ": " + why));
        return new Done(page.withoutText(), null, 0, 0, 0, 0);
    }

    static String id(SourcePage p) {
        if (p.pageId() == null && p.revisionId() == null) return "";
        return " (" + (p.pageId() != null ? "page id " + p.pageId() : "")
                + (p.pageId() != null && p.revisionId() != null ? ", " : "")
                + (p.revisionId() != null ? "revision " + p.revisionId() : "") + ")";
    }
}
