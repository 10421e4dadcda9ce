package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.rdf.Iris;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every stage shares: inputs, title, base IRI, verbosity. */
public class CommonOptions {
    @Option(names = "--title", description = "Title of a bare wikitext input (default: from the file name).")
    String title;

    @Option(names = "--base", description = "Base IRI of the data (default: ${DEFAULT-VALUE}).", defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Option(names = "--ontology-dir", description = "Directory with the ontology modules, shapes.ttl and mapping.ttl "
            + "(default: the bundled ontology/); edit a copy to add terms and extraction rules without Java.")
    Path ontologyDir;

    @Option(names = "--threads", defaultValue = "1",
            description = "Worker threads for parsing and extraction (default: ${DEFAULT-VALUE}; the machine has "
                    + "as many cores as Runtime.availableProcessors() says).")
    int threads;

    @Option(names = "--progress", description = "Show progress of the scan over a dump's pages and of the pages extracted: a bar with pages/s on a terminal, log lines otherwise.")
    boolean progress;

    @Option(names = "--namespace", defaultValue = "0", description = "Pages of this MediaWiki namespace only (default: ${DEFAULT-VALUE}, articles).")
    int namespace;

    @Option(names = "--titles", description = "File of page titles, one per line: only these pages of a dump.")
    Path titlesFile;

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "" + Pipeline.DEFAULT_PAGE_TIMEOUT_SECONDS,
            description = "Skip, with a warning, a page that takes longer than this to read (default: ${DEFAULT-VALUE}; 0 for no bound).")
    double pageTimeout;

    @Option(names = "--redirects", paramLabel = "FILE", description = "Redirect table: one redirect per line, alias TAB target "
            + "(e.g. exported from Wikipedia's redirect table). Links through an alias name the target's entity. Redirect "
            + "pages among the inputs are read without it.")
    List<Path> redirectTables = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Print every warning, debug logging, and stack traces of errors.")
    boolean verbose;

    @Option(names = "--max-warnings", defaultValue = "20",
            description = "Warnings printed before the rest are only counted (default: ${DEFAULT-VALUE}).")
    int maxWarnings;

    @Option(names = "--max-page-mb", defaultValue = "" + Pipeline.DEFAULT_MAX_PAGE_MB,
            description = "Skip, with a warning, a page with more wikitext than this many MB (default: ${DEFAULT-VALUE}).")
    double maxPageMb;

    /** Wikitext files or MediaWiki XML exports; none means the bundled article. */
    List<Path> inputs = new ArrayList<>();

    void applyLogging() {
        Main.verbose = verbose;
        if (verbose) ((Logger) LoggerFactory.getLogger("org.conflictkg")).setLevel(Level.DEBUG);
    }

    Pipeline pipeline(Diagnostics diagnostics) {
        return pipelineBuilder(diagnostics).build();
    }

    Pipeline.Builder pipelineBuilder(Diagnostics diagnostics) {
        java.util.Set<String> titles = titles();
        return Pipeline.builder().inputs(inputs).title(title).iris(new Iris(base)).diagnostics(diagnostics)
                .redirectTables(redirectTables).pageTimeout(pageTimeout)
                .ontologyDir(ontologyDir).threads(threads).progress(progress).maxPageBytes((long) (maxPageMb * 1e6))
                .selection(selectionMode(), titles != null)
                .filter(p -> p.namespace() == namespace && (titles == null || titles.contains(p.title())));
    }

    /** Which pages of a dump are parsed; {@link PipelineOptions} lets the user say. */
    org.conflictkg.pipeline.PageSelection.Mode selectionMode() { return org.conflictkg.pipeline.PageSelection.Mode.AUTO; }

    private java.util.Set<String> titles() {
        if (titlesFile == null) return null;
        try {
            return java.util.Set.copyOf(java.nio.file.Files.readAllLines(titlesFile).stream().map(String::strip)
                    .filter(t -> !t.isEmpty()).map(t -> t.replace('_', ' ')).toList());
        } catch (java.io.IOException e) {
            throw new org.conflictkg.source.InputException(titlesFile + ": cannot read the title list (" + e.getMessage() + ")");
        }
    }

    Diagnostics diagnostics() {
        return new Diagnostics(new DiagnosticPrinter(verbose ? Integer.MAX_VALUE : maxWarnings));
    }
}
