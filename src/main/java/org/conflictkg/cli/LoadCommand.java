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
    @Mixin CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Wikitext files or MediaWiki XML exports (default: the bundled article).")
    List<Path> inputs = List.of();

    @Option(names = "--db", required = true, description = "TDB2 store directory.")
    Path db;

    @Option(names = "--replace-pages", description = "Keep the store and replace only the named graphs of the pages "
            + "extracted now (one transaction); other pages stay as they were.")
    boolean replacePages;

    @Override
    public Integer call() {
        common.inputs = inputs;
        common.applyLogging();
        RunSummary s = replacePages
                ? PageReplace.into(db, new org.conflictkg.rdf.Iris(common.base).metadataGraph(),
                        sink -> common.pipeline(common.diagnostics()).run(sink))
                : AtomicLoad.replace(db, sink -> common.pipeline(common.diagnostics()).run(sink));
        System.err.printf("loaded %,d quads into %s%n", s.quads(), db);
        return Main.OK;
    }
}
