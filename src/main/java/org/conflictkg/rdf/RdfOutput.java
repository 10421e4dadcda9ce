package org.conflictkg.rdf;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.RunSummary;

/**
 * Writes a run as RDF. N-Triples and N-Quads stream page by page; Turtle, TriG and JSON-LD are
 * pretty-printed from memory. Triple formats hold the page and metadata graphs merged (the
 * ontology is left out: it is in {@code ontology/}); quad formats hold every named graph.
 */
public final class RdfOutput {
    public enum Format {
        TTL(RDFFormat.TURTLE_PRETTY, false), NT(RDFFormat.NTRIPLES, false), NQ(RDFFormat.NQUADS, true),
        TRIG(RDFFormat.TRIG_PRETTY, true), JSONLD(RDFFormat.JSONLD11, true);

        final RDFFormat rdf;
        final boolean quads;

        Format(RDFFormat rdf, boolean quads) {
            this.rdf = rdf;
            this.quads = quads;
        }

        public static Format of(String s) {
            String n = s.toLowerCase(Locale.ROOT).replace("-", "");
            return switch (n) {
                case "ttl", "turtle" -> TTL;
                case "nt", "ntriples" -> NT;
                case "nq", "nquads" -> NQ;
                case "trig" -> TRIG;
                case "jsonld", "json" -> JSONLD;
                default -> throw new org.conflictkg.source.InputException("unknown RDF format '" + s + "'; use ttl, nt, nq, trig or jsonld");
            };
        }
    }

    private RdfOutput() {}

    public static RunSummary write(Pipeline pipeline, Format f, OutputStream out) {
        Node ontology = pipeline.iris().ontologyGraph();
        if (f == Format.NT || f == Format.NQ) {
            StreamRDF w = LineWriter.onto(out);
            return pipeline.run(f == Format.NT ? dropGraphs(w, ontology) : w);
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        Prefixes.addTo(dsg.prefixes(), pipeline.iris());
        RunSummary s = pipeline.run(StreamRDFLib.dataset(dsg));
        if (f.quads) {
            RDFDataMgr.write(out, dsg, f.rdf);
        } else {
            Graph merged = GraphFactory.createDefaultGraph();
            Prefixes.addTo(merged.getPrefixMapping(), pipeline.iris());
            dsg.find().forEachRemaining(q -> { if (!q.getGraph().equals(ontology)) merged.add(q.asTriple()); });
            RDFDataMgr.write(out, merged, f.rdf);
        }
        return s;
    }

    /** Triples of every graph but one, for triple-only formats. */
    private static StreamRDF dropGraphs(StreamRDF out, Node skip) {
        return new StreamRDFWrapper(out) {
            @Override public void quad(Quad q) { if (!q.getGraph().equals(skip)) other.triple(q.asTriple()); }
        };
    }
}
