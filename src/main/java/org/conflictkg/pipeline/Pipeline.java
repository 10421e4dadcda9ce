package org.conflictkg.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.source.InputException;
import org.conflictkg.source.Inputs;
import org.conflictkg.source.PageSource;
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

    private final List<Path> inputs;
    private final String title;
    private final Iris iris;
    private final List<Extractor> extractors;
    private final MappingRules rules;
    private final Diagnostics diagnostics;
    private final Predicate<SourcePage> filter;
    private final Path ontologyDir;
    private final boolean withOntology;

    private Pipeline(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.title = b.title;
        this.iris = b.iris;
        this.rules = MappingRules.load(b.ontologyDir);
        this.extractors = b.extractors != null ? b.extractors : Extractors.standard(rules);
        this.diagnostics = b.diagnostics;
        this.filter = b.filter;
        this.ontologyDir = b.ontologyDir;
        this.withOntology = b.withOntology;
    }

    public static Builder builder() { return new Builder(); }

    public Diagnostics diagnostics() { return diagnostics; }

    public Iris iris() { return iris; }

    /**
     * Runs to the end. Pages that fail are reported and skipped.
     * @throws InputException when no page at all could be read
     */
    public RunSummary run(StreamRDF sink) {
        Instant start = Instant.now();
        long t0 = System.nanoTime(), read = 0, parse = 0, extract = 0, map = 0, facts = 0, quads = 0;
        int pages = 0, failed = 0;
        PageProcessor processor = new PageProcessor(extractors);
        RdfMapper mapper = new RdfMapper(iris, rules);
        List<MetadataWriter.PageGraphInfo> graphs = new ArrayList<>();
        sink.start();
        try (PageSource source = Inputs.open(inputs, title, filter, diagnostics)) {
            while (true) {
                long r0 = System.nanoTime();
                if (!source.hasNext()) break;
                SourcePage page = source.next();
                read += System.nanoTime() - r0;
                pages++;
                Optional<PageResult> result = processor.process(page, diagnostics);
                if (result.isEmpty()) { failed++; continue; }
                PageResult pr = result.get();
                parse += pr.parseNanos();
                extract += pr.extractNanos();
                facts += pr.facts().size();
                long m0 = System.nanoTime();
                long n = mapper.map(pr.doc(), pr.facts(), sink);
                map += System.nanoTime() - m0;
                quads += n;
                graphs.add(new MetadataWriter.PageGraphInfo(page, iris.pageGraph(page.title()), iris.page(page.title()), n));
            }
        }
        if (pages == 0) throw new InputException("no page could be read from the input");
        if (pages == failed) throw new InputException("none of the " + pages + " page(s) could be parsed; see the errors above");
        if (withOntology) {
            Graph onto = Resources.ontology(ontologyDir);
            onto.find().forEachRemaining(t -> sink.quad(Quad.create(iris.ontologyGraph(), t)));
        }
        MetadataWriter.write(sink, iris, UUID.randomUUID().toString(), start, Instant.now(), graphs);
        sink.finish();
        RunSummary s = new RunSummary(pages, failed, facts, quads,
                diagnostics.count(Diagnostic.Severity.WARNING), diagnostics.count(Diagnostic.Severity.ERROR),
                ms(read), ms(parse), ms(extract), ms(map), ms(System.nanoTime() - t0));
        LOG.info("extract: {}", s.line());
        return s;
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }

    /** Options of a run; defaults: the bundled article, the default base IRI, the standard extractors. */
    public static final class Builder {
        private List<Path> inputs = List.of();
        private String title;
        private Iris iris = Iris.defaults();
        private List<Extractor> extractors;
        private Diagnostics diagnostics = new Diagnostics();
        private Predicate<SourcePage> filter = p -> true;
        private Path ontologyDir;
        private boolean withOntology = true;

        public Builder inputs(List<Path> v) { inputs = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder iris(Iris v) { iris = v; return this; }
        public Builder extractors(List<Extractor> v) { extractors = List.copyOf(v); return this; }
        public Builder diagnostics(Diagnostics v) { diagnostics = v; return this; }
        public Builder filter(Predicate<SourcePage> v) { filter = v; return this; }
        public Builder ontologyDir(Path v) { ontologyDir = v; return this; }
        public Builder withOntology(boolean v) { withOntology = v; return this; }

        public Pipeline build() { return new Pipeline(this); }
    }
}
