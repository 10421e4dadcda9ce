package org.conflictkg.cli;

import java.io.UncheckedIOException;

import org.conflictkg.query.BadParameterException;
import org.conflictkg.query.UnknownQueryException;
import org.conflictkg.source.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code conflict-kg}: Wikipedia wikitext about a war to a knowledge graph, served by Fuseki.
 * Exit codes: 0 success, 1 failure, 2 usage error, 3 done but incomplete (a page failed or was skipped
 * over its size or time bound, or an input broke off; each is named in a warning or error line).
 *
 * <pre>
 * java -jar target/conflict-kg.jar extract -o out.ttl
 * java -jar target/conflict-kg.jar serve
 * </pre>
 */
@Command(name = "conflict-kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extracts a knowledge graph from Wikipedia wikitext about a war and serves it with SPARQL.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                ValidateCommand.class, DocsCommand.class, BenchCommand.class, ReportCommand.class, CacheCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0, FAILURE = 1, USAGE = 2, INCOMPLETE = 3;
    static volatile boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (verbose) e.printStackTrace();
            cmd.getErr().println("error: " + message(e));
            return e instanceof BadParameterException || e instanceof UnknownQueryException
                    || e instanceof CommandLine.ParameterException ? USAGE : FAILURE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) { // the stack is unwound by now, and what it held is free again
            if (verbose) e.printStackTrace();
            cli.getErr().println("error: " + org.conflictkg.source.InputException.outOfMemory("running '" + String.join(" ", args) + "'"));
            return FAILURE;
        }
    }

    /** One line a user can act on; the stack trace only with --verbose. */
    static String message(Throwable e) {
        if (e instanceof InputException || e instanceof BadParameterException || e instanceof UnknownQueryException
                || e instanceof UncheckedIOException || e instanceof CommandLine.ParameterException) return e.getMessage();
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + " (--verbose for details)";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[]{"conflict-kg " + org.conflictkg.pipeline.Resources.version()};
        }
    }
}
