package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.pipeline.RunSummary;
import org.conflictkg.store.AtomicLoad;
import org.conflictkg.store.PageReplace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract and load into a TDB2 store, replacing it atomically: a failed load leaves the previous store as it was.")
public final class LoadCommand implements Callable<Integer> {
    @Mixin PipelineOptions common;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Wikitext files or MediaWiki XML exports (default: the bundled article).")
    List<Path> inputs = List.of();

    @Option(names = "--db", required = true, description = "TDB2 store directory.")
    Path db;

    @Option(names = "--replace-pages", description = "Keep the store and replace only the named graphs of the pages "
            + "extracted now (one transaction); other pages stay as they were.")
    boolean replacePages;

    @Option(names = "--keep-partial", description = "Load what could be read even when the input is incomplete (a truncated "
            + "or broken dump) or a page failed; by default such a load fails and the previous store stays as it was.")
    boolean keepPartial;

    @Option(names = "--parts", paramLabel = "DIR", description = "Load the N-Quads part files (*.nq, *.nq.gz) that the "
            + "Spark job wrote to DIR, instead of extracting inputs; the job must have finished (DIR/_SUCCESS).")
    Path parts;

    @Override
    public Integer call() {
        common.inputs = inputs;
        common.applyLogging();
        if (parts != null) {
            if (!inputs.isEmpty() || replacePages)
                throw new org.conflictkg.query.BadParameterException("--parts", "loads a job's parts alone: no INPUT, no --replace-pages");
            RunSummary s = AtomicLoad.replace(db, sink -> PartFiles.load(parts, keepPartial, sink));
            System.err.printf("loaded %,d quads from %s into %s%n", s.quads(), parts, db);
            return Main.OK;
        }
        java.util.function.Function<org.apache.jena.riot.system.StreamRDF, RunSummary> fill = sink -> {
            org.conflictkg.diag.Diagnostics diagnostics = common.diagnostics();
            RunSummary run = common.pipelineBuilder(diagnostics).everyRedirectPage(replacePages).build().run(sink);
            // A page that failed or was skipped, or an input that broke off: the store would hold part of the input.
            if (!run.complete() && !keepPartial)
                throw new org.conflictkg.source.InputException("the input is incomplete (" + run.failedPages() + " page(s) failed, "
                        + run.skippedPages() + " skipped, " + run.errors() + " error(s) above); nothing was loaded and " + db
                        + " is as it was. --keep-partial loads what could be read");
            return run;
        };
        RunSummary s = replacePages
                ? PageReplace.into(db, new org.conflictkg.rdf.Iris(common.base).metadataGraph(),
                        new org.conflictkg.rdf.Iris(common.base).redirectsGraph(), fill)
                : AtomicLoad.replace(db, fill);
        System.err.printf("loaded %,d quads into %s%n", s.quads(), db);
        return ExtractCommand.exitCode(s);
    }
}
