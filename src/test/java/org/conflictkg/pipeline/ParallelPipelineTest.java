package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.bench.PipelineBench;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction with several threads gives the same page graphs as with one, from a bz2 dump. */
class ParallelPipelineTest {
    @TempDir Path dir;

    private static Graph pages(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(Iris.defaults().metadataGraph())) g.add(q.asTriple());
        });
        return g;
    }

    @Test
    void twoThreadsGiveTheSameGraphsAsOne() throws Exception {
        Path dump = PipelineBench.generateDump(dir, 3);
        DatasetGraph one = DatasetGraphFactory.create(), two = DatasetGraphFactory.create();
        RunSummary s1 = Pipeline.builder().inputs(List.of(dump)).threads(1).build().run(StreamRDFLib.dataset(one));
        RunSummary s2 = Pipeline.builder().inputs(List.of(dump)).threads(2).build().run(StreamRDFLib.dataset(two));
        assertEquals(3, s1.pages());
        assertEquals(3, s2.pages());
        assertEquals(s1.quads(), s2.quads());
        assertTrue(pages(one).isIsomorphicWith(pages(two)));
        assertEquals(5, org.apache.jena.atlas.iterator.Iter.count(one.listGraphNodes()), "3 page graphs, ontology, metadata");
    }

    @Test
    void aTitleFilterKeepsOnlyTheListedPages() throws Exception {
        Path dump = PipelineBench.generateDump(dir, 3);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RunSummary s = Pipeline.builder().inputs(List.of(dump)).threads(2)
                .filter(p -> p.title().equals("Generated conflict article 2")).build().run(StreamRDFLib.dataset(dsg));
        assertEquals(1, s.pages());
        assertTrue(dsg.containsGraph(Iris.defaults().pageGraph("Generated conflict article 2")));
    }
}
