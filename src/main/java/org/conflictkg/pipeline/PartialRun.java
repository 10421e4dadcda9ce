package org.conflictkg.pipeline;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Iris;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;

/**
 * A part of a run made elsewhere (a Spark task): its pages go through the same parse, extractors
 * and mapper as {@code extract}, their quads to the part's sink, and it keeps what the run's one
 * metadata graph needs (each page graph, the class counts). Parts merge; the merged whole writes
 * the metadata and ontology graphs once, as {@link Pipeline#run} does at its end.
 */
public final class PartialRun implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<MetadataWriter.PageGraphInfo> graphs = new ArrayList<>();
    private final ClassCounts counts = new ClassCounts();
    private final java.util.Set<String> aliasesUsed = new java.util.HashSet<>();
    private int pages, failed, redirects, skipped, unselected;
    private long facts, quads;

    /** Every page of {@code source} into {@code sink}; pages over {@code maxPageBytes} are skipped with a warning. */
    public static PartialRun run(PageSource all, StreamRDF sink, Iris baseIris, Path ontologyDir, long maxPageBytes,
                                 org.conflictkg.wiki.SiteIndex site, Consumer<Diagnostic> diagnostics) {
        return run(all, sink, baseIris, ontologyDir, maxPageBytes, site, diagnostics, PageSelection.Mode.ALL, List.of());
    }

    /** As above, parsing only the pages {@code mode} selects ({@link PageSelection}) of a part read from {@code inputs}. */
    public static PartialRun run(PageSource all, StreamRDF sink, Iris baseIris, Path ontologyDir, long maxPageBytes,
                                 org.conflictkg.wiki.SiteIndex site, Consumer<Diagnostic> diagnostics, PageSelection.Mode mode,
                                 List<Path> inputs) {
        try (PageClock clock = new PageClock(Pipeline.DEFAULT_PAGE_TIMEOUT_SECONDS)) {
            return run(all, sink, baseIris, ontologyDir, maxPageBytes, site, diagnostics, clock, mode, inputs);
        }
    }

    private static PartialRun run(PageSource all, StreamRDF sink, Iris baseIris, Path ontologyDir, long maxPageBytes,
                                  org.conflictkg.wiki.SiteIndex site, Consumer<Diagnostic> diagnostics, PageClock clock,
                                  PageSelection.Mode mode, List<Path> inputs) {
        PartialRun part = new PartialRun();
        MappingRules rules = MappingRules.load(ontologyDir);
        PageSelection selection = PageSelection.of(mode, false, inputs, rules, site.templates());
        PageSource source = RedirectPages.skip(PageSizeLimit.within(all, new PageSizeLimit(maxPageBytes, diagnostics,
                () -> part.skipped++)), () -> part.redirects++);
        if (selection != null) source = selection.keep(source, () -> part.unselected++);
        Iris iris = baseIris.withRedirects(site.redirects());
        PageWork work = new PageWork(Extractors.standard(rules), site.templates(), iris, rules, diagnostics, clock);
        ClassCensus census = new ClassCensus(sink, iris.resource("page/"));
        census.start();
        while (source.hasNext()) {
            PageWork.Done d = work.run(source.next());
            part.pages++;
            if (d.failed()) { part.failed++; continue; }
            part.facts += d.facts();
            d.quads().forEach(census::quad);
            part.quads += d.quads().size();
            part.graphs.add(new MetadataWriter.PageGraphInfo(d.page(), iris.pageGraph(d.page().title()),
                    iris.page(d.page().title()), d.quads().size()));
        }
        census.finish();
        part.counts.merge(census.counts());
        part.aliasesUsed.addAll(iris.aliasesUsed());
        return part;
    }

    public PartialRun merge(PartialRun other) {
        PartialRun sum = new PartialRun();
        for (PartialRun p : List.of(this, other)) {
            sum.graphs.addAll(p.graphs);
            sum.aliasesUsed.addAll(p.aliasesUsed);
            sum.redirects += p.redirects;
            sum.skipped += p.skipped;
            sum.unselected += p.unselected;
            sum.counts.merge(p.counts);
            sum.pages += p.pages;
            sum.failed += p.failed;
            sum.facts += p.facts;
            sum.quads += p.quads;
        }
        return sum;
    }

    public int pages() { return pages; }
    public int failedPages() { return failed; }
    public int skippedPages() { return skipped; }
    public int unselectedPages() { return unselected; }
    public long facts() { return facts; }
    public long quads() { return quads; }

    /**
     * The run's ontology graph and metadata graph, once for all parts, as {@code extract} writes
     * them; returns their quads.
     */
    public long writeRunGraphs(StreamRDF sink, Iris iris, Path ontologyDir, String runId, Instant start, Instant end) {
        java.util.Set<String> titles = new java.util.HashSet<>();
        graphs.forEach(g -> titles.add(g.page().title()));
        long written = org.conflictkg.rdf.RedirectsWriter.write(sink, iris, aliasesUsed, titles, false);
        Graph onto = Resources.ontology(ontologyDir);
        onto.find().forEachRemaining(t -> sink.quad(Quad.create(iris.ontologyGraph(), t)));
        written += onto.size();
        return written + MetadataWriter.write(sink, iris, runId, start, end, graphs, counts, quads + written,
                new MetadataWriter.Losses(failed, skipped, unselected));
    }
}
