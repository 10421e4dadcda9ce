package org.conflictkg.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.extract.Extractor;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.RedirectsWriter;
import org.conflictkg.wiki.RedirectTable;
import org.conflictkg.wiki.Redirects;
import org.conflictkg.wiki.SiteIndex;
import org.conflictkg.source.InputException;
import org.conflictkg.source.Inputs;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.ReadLimits;
import org.conflictkg.source.SourcePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole run: read pages, parse, extract, map to RDF, and write to a sink — each page into its
 * own named graph, plus the ontology graph and the metadata graph.
 *
 * <pre>{@code
 * RunSummary s = Pipeline.builder().inputs(List.of()).build().run(StreamRDFLib.dataset(dsg));
 * }</pre>
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** The default page-size limit, 27 times the bundled article: a page past it is skipped with a warning. */
    public static final int DEFAULT_MAX_PAGE_MB = 8;
    /** The default time bound of one page: the bundled article takes about a tenth of a second. */
    public static final int DEFAULT_PAGE_TIMEOUT_SECONDS = 60;

    private final List<Path> inputs;
    private final String title;
    private final Iris baseIris;
    private final List<Path> redirectTables;
    private final Redirects knownRedirects;
    /** The naming of the current run: the base IRIs with the redirects the run knows. */
    private Iris iris;
    private final List<Extractor> extractors;
    private final MappingRules rules;
    /** The ontology modules, read once: the rules need its classes, and the output holds it. */
    private final Graph ontology;
    private final Diagnostics diagnostics;
    private final Predicate<SourcePage> filter;
    private final long maxPageBytes;
    private final boolean withOntology;
    private final int threads;
    private final boolean progress;
    private final boolean everyRedirectPage;
    private final double pageTimeoutSeconds;
    private final PageSelection.Mode selection;
    private final boolean titled;

    private Pipeline(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.title = b.title;
        this.baseIris = b.iris;
        this.iris = b.iris;
        this.redirectTables = List.copyOf(b.redirectTables);
        this.knownRedirects = b.knownRedirects;
        this.ontology = Resources.ontology(b.ontologyDir);
        this.rules = MappingRules.load(b.ontologyDir, ontology);
        this.extractors = b.extractors != null ? b.extractors : Extractors.standard(rules);
        this.diagnostics = b.diagnostics;
        this.filter = b.filter;
        this.maxPageBytes = b.maxPageBytes;
        this.withOntology = b.withOntology;
        this.threads = b.threads;
        this.progress = b.progress;
        this.everyRedirectPage = b.everyRedirectPage;
        this.pageTimeoutSeconds = b.pageTimeoutSeconds;
        this.selection = b.selection;
        this.titled = b.titled;
    }

    public static Builder builder() { return new Builder(); }

    public Diagnostics diagnostics() { return diagnostics; }

    public Iris iris() { return iris; }

    /**
     * Runs to the end. Pages that fail are reported and skipped.
     * @throws InputException when no page at all could be read
     */
    public RunSummary run(StreamRDF target) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        List<MetadataWriter.PageGraphInfo> graphs = new ArrayList<>();
        ClassCensus census = new ClassCensus(target, iris.resource("page/"));
        StreamRDF sink = census;
        sink.start();
        Counts c = new Counts();
        ReadLimits limits = new ReadLimits(maxPageBytes, () -> c.skipped++);
        PageSizeLimit withinSize = new PageSizeLimit(maxPageBytes, diagnostics, () -> c.skipped++);
        SiteIndex site;
        PageSource opened;
        if (PageSelection.selects(selection, titled, inputs)) {
            // A selecting run over dumps: one pass finds what other pages need and the pages worth parsing.
            long s0 = System.nanoTime();
            SelectingScan.Result scan;
            try (Progress pass = progress("scan")) {
                scan = SelectingScan.run(inputs, title, filter, rules, diagnostics, limits, withinSize, pass);
            }
            c.scan += System.nanoTime() - s0;
            c.redirects += scan.redirects();
            c.unselected += scan.unselected();
            site = siteIndex(scan.found());
            opened = selected(scan.candidates().read(), site, c);
        } else {
            Prescan.Found found;
            long s0 = System.nanoTime();
            try (Progress pass = progress("scan")) { found = Prescan.find(inputs, title, rules, pass); }
            c.scan += System.nanoTime() - s0;
            site = siteIndex(found);
            opened = selected(RedirectPages.skip(PageSizeLimit.within(Inputs.open(inputs, title, filter, diagnostics, limits),
                    withinSize), () -> c.redirects++), site, c);
        }
        iris = baseIris.withRedirects(site.redirects());
        try (PageClock clock = new PageClock(pageTimeoutSeconds);
             PageSource source = opened;
             Progress bar = progress("extract")) {
            if (threads == 1) sequential(source, sink, c, graphs, bar, site, clock);
            else new ParallelRun(threads, extractors, iris, rules, diagnostics, site.templates(), clock).run(source, sink, c, graphs, bar);
        }
        int pages = c.pages, failed = c.failed;
        long read = c.read, parse = c.parse, extract = c.extract, map = c.map, facts = c.facts, quads = c.quads;
        if (pages == 0 && c.redirects == 0 && c.unselected == 0) throw new InputException("no page could be read from the input");
        if (pages > 0 && pages == failed) throw new InputException("none of the " + pages + " page(s) could be parsed; see the errors above");
        java.util.Set<String> titles = new java.util.HashSet<>();
        graphs.forEach(g -> titles.add(g.page().title()));
        quads += RedirectsWriter.write(sink, iris, titles, everyRedirectPage);
        if (withOntology) {
            ontology.find().forEachRemaining(t -> sink.quad(Quad.create(iris.ontologyGraph(), t)));
            quads += ontology.size();
        }
        // One count everywhere: the log, load, and VoID's void:triples all say how many quads the run wrote.
        quads += MetadataWriter.write(sink, iris, UUID.randomUUID().toString(), start, Instant.now(), graphs, census.counts(), quads,
                new MetadataWriter.Losses(failed, c.skipped, c.unselected));
        sink.finish();
        RunSummary s = new RunSummary(pages, failed, c.skipped, c.redirects, c.unselected, facts, quads,
                diagnostics.count(Diagnostic.Severity.WARNING), diagnostics.count(Diagnostic.Severity.ERROR),
                ms(c.scan), ms(read), ms(parse), ms(extract), ms(map), ms(System.nanoTime() - t0));
        LOG.info("extract: {}", s.line());
        return s;
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }

    /** The progress of one stage, when asked for: a dump's pass over every page ("scan"), then its parsed pages ("extract"). */
    private Progress progress(String stage) { return progress ? Progress.auto(stage, -1) : Progress.NONE; }

    /** The pages the selection keeps; the others counted, never parsed. */
    private PageSource selected(PageSource pages, SiteIndex site, Counts c) {
        PageSelection s = PageSelection.of(selection, titled, inputs, rules, site.templates());
        return s == null ? pages : s.keep(pages, () -> c.unselected++);
    }

    /** The redirects and infobox templates the inputs hold, with the redirect tables and what the store already knew. */
    private SiteIndex siteIndex(Prescan.Found found) {
        Redirects.Builder r = Redirects.builder().addAll(knownRedirects);
        for (Path t : redirectTables) RedirectTable.read(t, r, diagnostics);
        return Prescan.index(found, r, diagnostics);
    }

    /** Running totals of a run. */
    static final class Counts {
        int pages, failed, redirects, skipped, unselected;
        long scan, read, parse, extract, map, facts, quads;

        /** A page done: its quads to the sink (on the one writing thread), its figures to the totals. */
        void add(PageWork.Done d, StreamRDF sink, List<MetadataWriter.PageGraphInfo> graphs, Iris iris, Progress bar) {
            pages++;
            if (d.failed()) { failed++; bar.page(0); return; }
            long w0 = System.nanoTime();
            d.quads().forEach(sink::quad);
            map += d.mapNanos() + System.nanoTime() - w0;
            parse += d.parseNanos();
            extract += d.extractNanos();
            facts += d.facts();
            quads += d.quads().size();
            bar.page(d.quads().size());
            graphs.add(new MetadataWriter.PageGraphInfo(d.page(), iris.pageGraph(d.page().title()), iris.page(d.page().title()),
                    d.quads().size()));
        }
    }

    private void sequential(PageSource source, StreamRDF sink, Counts c, List<MetadataWriter.PageGraphInfo> graphs, Progress bar,
                            SiteIndex site, PageClock clock) {
        PageWork work = new PageWork(extractors, site.templates(), iris, rules, diagnostics, clock);
        while (true) {
            long r0 = System.nanoTime();
            if (!source.hasNext()) break;
            SourcePage page = source.next();
            c.read += System.nanoTime() - r0;
            c.add(work.run(page), sink, graphs, iris, bar);
        }
    }

    /** Options of a run; defaults: the bundled article, the default base IRI, the standard extractors. */
    public static final class Builder {
        private List<Path> inputs = List.of();
        private List<Path> redirectTables = List.of();
        private Redirects knownRedirects = Redirects.NONE;
        private String title;
        private Iris iris = Iris.defaults();
        private List<Extractor> extractors;
        private Diagnostics diagnostics = new Diagnostics();
        // Articles: template pages are read where articles transclude them, and other namespaces hold no conflicts.
        private Predicate<SourcePage> filter = p -> p.namespace() == 0;
        private long maxPageBytes = DEFAULT_MAX_PAGE_MB * 1_000_000L;
        private Path ontologyDir;
        private boolean withOntology = true;
        private int threads = 1;
        private boolean progress;
        private boolean everyRedirectPage;
        private double pageTimeoutSeconds = DEFAULT_PAGE_TIMEOUT_SECONDS;
        private PageSelection.Mode selection = PageSelection.Mode.AUTO;
        private boolean titled;

        public Builder inputs(List<Path> v) { inputs = v; return this; }
        public Builder title(String v) { title = v; return this; }
        /** Redirect tables (alias TAB target per line) that resolve titles besides the inputs' redirect pages. */
        public Builder redirectTables(List<Path> v) { redirectTables = v; return this; }
        /** Redirects known before the run (those of the store a run adds pages to). */
        public Builder knownRedirects(Redirects v) { knownRedirects = v; return this; }
        public Builder iris(Iris v) { iris = v; return this; }
        public Builder extractors(List<Extractor> v) { extractors = List.copyOf(v); return this; }
        public Builder diagnostics(Diagnostics v) { diagnostics = v; return this; }
        public Builder filter(Predicate<SourcePage> v) { filter = v; return this; }
        /** Which pages are parsed ({@link PageSelection}); a title list ({@code titled}) selects alone. */
        public Builder selection(PageSelection.Mode v, boolean byTitles) { selection = v; titled = byTitles; return this; }
        /** Pages with more wikitext than this (UTF-8 bytes) are skipped with a warning. */
        public Builder maxPageBytes(long v) { maxPageBytes = v; return this; }
        public Builder ontologyDir(Path v) { ontologyDir = v; return this; }
        public Builder withOntology(boolean v) { withOntology = v; return this; }
        /** Worker threads for parsing and extraction (default 1); output is written by one thread. */
        public Builder threads(int v) { threads = Math.max(1, v); return this; }
        /** Show progress (a bar on a terminal, log lines otherwise). */
        public Builder progress(boolean v) { progress = v; return this; }
        /**
         * Record every redirect page of the inputs, not only those whose alias a page of the run names or
         * whose target is a page of the run: for a run that adds pages to a store, whose pages may name them.
         */
        public Builder everyRedirectPage(boolean v) { everyRedirectPage = v; return this; }
        /** The time bound of one page (seconds; 0 for none): a page past it is skipped with a warning. */
        public Builder pageTimeout(double seconds) { pageTimeoutSeconds = seconds; return this; }

        public Pipeline build() { return new Pipeline(this); }
    }
}
