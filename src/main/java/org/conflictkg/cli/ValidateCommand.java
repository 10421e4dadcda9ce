package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.pipeline.Resources;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Prefixes;
import org.conflictkg.validate.ShapeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the extracted graph against the SHACL shapes (ontology/shapes.ttl); exit 0 when it conforms.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin PipelineOptions common;
    @Mixin DatasetOptions data;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Wikitext files or MediaWiki XML exports (default: the bundled article).")
    List<Path> inputs = List.of();

    @Option(names = "--data", description = "Validate this RDF file (ttl, nt, nq, trig, jsonld) instead of extracting.")
    Path dataFile;

    @Option(names = "--max-violations", defaultValue = "50", description = "Violations printed (default: ${DEFAULT-VALUE}).")
    int maxViolations;

    /**
     * A triple file lands in the default graph, a quad file in named graphs: check them all, with the
     * ontology beside them. Shapes name classes the ontology types its individuals with (a date's
     * precision, a commander's fate), and an output written as triples holds no ontology graph.
     */
    private Graph unionWithDefault(DatasetGraph dsg) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        Resources.ontology(common.ontologyDir).find().forEachRemaining(g::add);
        return g;
    }

    @Override
    public Integer call() {
        common.inputs = inputs;
        common.applyLogging();
        Graph shapes = Resources.turtle(common.ontologyDir, Resources.SHAPES);
        DatasetGraph dsg;
        if (dataFile != null) {
            if (!java.nio.file.Files.isReadable(dataFile)) throw new org.conflictkg.source.InputException(dataFile + ": no such file");
            dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            DatasetGraph target = dsg;
            Txn.executeWrite(target, () -> org.apache.jena.riot.RDFDataMgr.read(target, dataFile.toString()));
        } else {
            dsg = data.dataset(common);
        }
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.addTo(pm, new Iris(common.base));
        ValidationReport report = Txn.calculateRead(dsg, () -> ShapeCheck.validate(shapes, dataFile != null ? unionWithDefault(dsg) : dsg.getUnionGraph()));
        if (report.conforms()) {
            System.err.println("validate: the graph conforms to the shapes");
            return Main.OK;
        }
        System.out.printf("validate: %d violation(s)%n", report.getEntries().size());
        ShapeCheck.print(report, pm, maxViolations, System.out);
        return Main.FAILURE;
    }
}
