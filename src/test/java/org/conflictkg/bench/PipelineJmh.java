package org.conflictkg.bench;

import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.system.StreamRDFBase;
import org.conflictkg.pipeline.Extractors;
import org.conflictkg.pipeline.PageProcessor;
import org.conflictkg.pipeline.PageResult;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.source.BundledArticle;
import org.conflictkg.source.SourcePage;
import org.conflictkg.sweble.SwebleParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bench command's first two cases as JMH benchmarks: Sweble's parse alone and the whole
 * pipeline to triples on the bundled article. Run (not part of the test suite):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main PipelineJmh
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineJmh {
    SourcePage page;
    SwebleParser parser;
    PageProcessor processor;
    RdfMapper mapper;

    @Setup
    public void setUp() {
        page = BundledArticle.load();
        parser = new SwebleParser();
        processor = new PageProcessor(Extractors.standard());
        mapper = new RdfMapper(Iris.defaults());
    }

    /** The one Sweble parse the pipeline makes of the page, ref bodies included. */
    @Benchmark
    public Object parseAlone() throws Exception {
        return parser.parsePage(page.title(), page.text());
    }

    /** Sweble on the raw text, where each ref body stays an unparsed string. */
    @Benchmark
    public Object parseRawText() throws Exception {
        return parser.parse(page.title(), page.text());
    }

    @Benchmark
    public long pipelineToTriples() {
        PageResult r = processor.process(page, d -> {}).orElseThrow();
        return mapper.map(r.doc(), r.facts(), new StreamRDFBase());
    }
}
