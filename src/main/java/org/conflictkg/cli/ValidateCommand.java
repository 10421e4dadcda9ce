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
    @Mixin CommonOptions common;
    @Mixin DatasetOptions data;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Wikitext files or MediaWiki XML exports (default: the bundled article).")
    List<Path> inputs = List.of();

    @Option(names = "--ontology-dir", description = "Directory with shapes.ttl (default: the bundled ontology/).")
    Path ontologyDir;

    @Option(names = "--max-violations", defaultValue = "50", description = "Violations printed (default: ${DEFAULT-VALUE}).")
    int maxViolations;

    @Override
    public Integer call() {
        common.inputs = inputs;
        common.applyLogging();
        Graph shapes = Resources.turtle(ontologyDir, Resources.SHAPES);
        DatasetGraph dsg = data.dataset(common);
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.addTo(pm, new Iris(common.base));
        ValidationReport report = Txn.calculateRead(dsg, () -> ShapeCheck.validate(shapes, dsg.getUnionGraph()));
        if (report.conforms()) {
            System.err.println("validate: the graph conforms to the shapes");
            return Main.OK;
        }
        System.out.printf("validate: %d violation(s)%n", report.getEntries().size());
        ShapeCheck.print(report, pm, maxViolations, System.out);
        return Main.FAILURE;
    }
}
