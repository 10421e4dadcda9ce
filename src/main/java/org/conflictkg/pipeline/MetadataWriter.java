package org.conflictkg.pipeline;

import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.conflictkg.rdf.Ckg;
import org.conflictkg.rdf.Emitter;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Std;
import org.conflictkg.source.SourcePage;

/**
 * The metadata graph: the dataset (licence and attribution of its sources), the extraction run as
 * a PROV activity, and for each page graph what it was derived from and by which run.
 */
final class MetadataWriter {
    record PageGraphInfo(SourcePage page, Node graph, Node pageNode, long quads) implements java.io.Serializable {}

    private MetadataWriter() {}

    /** Pages a run read but did not turn into a graph: failed, skipped over a bound, or not selected. */
    record Losses(int failed, int skipped, int unselected) implements java.io.Serializable {}

    /**
     * Writes the metadata graph; {@code otherQuads} are the quads of the run's other graphs. The
     * dataset's {@code void:triples} is every quad of the run, this graph's own included.
     * @return the quads of the metadata graph
     */
    static long write(StreamRDF out, Iris iris, String runId, Instant start, Instant end, List<PageGraphInfo> pages,
                      ClassCounts census, long otherQuads, Losses losses) {
        Emitter m = new Emitter(out, iris.metadataGraph());
        Node ds = iris.dataset();
        Node run = iris.run(runId);
        Node software = iris.software();
        m.add(ds, Std.type, Std.voidDataset);
        m.english(ds, Std.dctTitle, "conflict-kg knowledge graph");
        m.english(ds, Std.dctDescription, "Countries, coalitions, involvement, operations, events and casualty claims "
                + "extracted from Wikipedia wikitext, with the citations behind every fact.");
        m.add(run, Std.type, Ckg.ExtractionRun);
        m.add(run, Std.type, Std.provActivity);
        m.typed(run, Std.provStartedAtTime, start.toString(), XSDDatatype.XSDdateTime);
        m.typed(run, Std.provEndedAtTime, end.toString(), XSDDatatype.XSDdateTime);
        m.add(run, Std.provWasAssociatedWith, software);
        m.string(run, Ckg.softwareVersion, Resources.version());
        // Only what was lost is said: a complete run's graph is the same as before these counts existed.
        if (losses.failed() > 0) m.integer(run, Ckg.pagesFailed, losses.failed());
        if (losses.skipped() > 0) m.integer(run, Ckg.pagesSkipped, losses.skipped());
        if (losses.unselected() > 0) m.integer(run, Ckg.pagesNotSelected, losses.unselected());
        m.add(software, Std.type, Std.provSoftwareAgent);
        m.string(software, Std.label, "conflict-kg");
        for (PageGraphInfo p : pages) {
            m.add(ds, Std.voidSubset, p.graph());
            m.add(p.graph(), Std.type, Ckg.PageGraph);
            m.add(p.graph(), Std.provWasDerivedFrom, p.pageNode());
            m.add(p.graph(), Std.provWasGeneratedBy, run);
            m.integer(p.graph(), Std.voidTriples, p.quads());
            m.add(run, Std.provUsed, p.pageNode());
            Node source = Emitter.iri(p.page().sourceUrl() != null ? p.page().sourceUrl() : SourcePage.wikipediaUrl(p.page().title()));
            m.add(ds, Std.dctSource, source);
            String licence = p.page().license() != null ? p.page().license() : "https://creativecommons.org/licenses/by-sa/4.0/";
            m.add(ds, Std.dctLicense, NodeFactory.createURI(licence));
            m.string(ds, Std.dctBibliographicCitation, "Wikipedia contributors, \"" + p.page().title()
                    + "\", English Wikipedia, CC BY-SA 4.0");
        }
        m.string(ds, Std.dctRightsHolder, "Wikipedia contributors");
        m.add(ds, Std.type, NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset"));
        m.string(ds, NodeFactory.createURI(Std.VOID + "uriSpace"), iris.base() + "resource/");
        // Entities per class of the data (not of the ontology or this graph), one example each.
        census.partitions().entrySet().stream()
                .filter(e -> e.getKey().getURI().startsWith(org.conflictkg.rdf.Ckg.NS))
                .sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(Node::getURI)))
                .forEach(e -> {
                    Node part = NodeFactory.createURI(iris.dataset().getURI() + "/class/" + e.getKey().getLocalName());
                    m.add(ds, NodeFactory.createURI(Std.VOID + "classPartition"), part);
                    m.add(part, NodeFactory.createURI(Std.VOID + "class"), e.getKey());
                    m.integer(part, NodeFactory.createURI(Std.VOID + "entities"), e.getValue().entities());
                    if (e.getValue().example() != null)
                        m.add(ds, NodeFactory.createURI(Std.VOID + "exampleResource"), e.getValue().example());
                });
        m.integer(ds, Std.voidTriples, otherQuads + m.count() + 1); // + 1: this very triple
        return m.count();
    }
}
