package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.conflictkg.docs.DocsWriter;
import org.conflictkg.docs.OntologyDocs;
import org.conflictkg.docs.ReferenceDocs;
import org.conflictkg.pipeline.Resources;
import org.conflictkg.query.SavedQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the ontology's HTML documentation (one page, an anchor per term) and its class diagram (DOT); "
                + "with --reference, the Markdown reference of saved queries, commands and ontology terms instead.")
public final class DocsCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, defaultValue = "target/docs", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--ontology-dir", description = "Directory of the ontology modules (default: the bundled ontology/).")
    Path ontologyDir;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Write saved-queries.md, commands.md and ontology.md into DIR (the checked-in docs/reference).")
    Path reference;

    @Option(names = "--queries", paramLabel = "DIR", description = "Saved queries to document (default: the bundled queries/).")
    Path queries;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Graph g = Resources.ontology(ontologyDir);
        OntologyDocs docs = new OntologyDocs(g, OntologyDocs.displayPrefixes());
        if (reference != null) {
            ReferenceDocs.write(reference, ReferenceDocs.pages(SavedQueries.load(queries), spec.root().commandLine(), docs));
            System.err.printf("wrote %s, %s and %s%n", reference.resolve("saved-queries.md"), reference.resolve("commands.md"),
                    reference.resolve("ontology.md"));
            return Main.OK;
        }
        DocsWriter.write(g, OntologyDocs.displayPrefixes(), output);
        System.err.printf("wrote %s and %s%n", output.resolve("index.html"), output.resolve("classes.dot"));
        return Main.OK;
    }
}
