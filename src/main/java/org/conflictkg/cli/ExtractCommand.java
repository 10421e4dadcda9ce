package org.conflictkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.RunSummary;
import org.conflictkg.rdf.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the knowledge graph and write it as RDF (default: the bundled article, Turtle on stdout).")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin PipelineOptions common;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Wikitext files or MediaWiki XML exports (.xml, .xml.bz2).")
    List<Path> inputs = List.of();

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output). Written whole or not at all.")
    Path output;

    @Option(names = {"-f", "--format"}, description = "ttl, nt, nq, trig or jsonld (default: from the file name, else ttl).")
    String format;

    @Override
    public Integer call() throws IOException {
        common.inputs = inputs;
        common.applyLogging();
        RdfOutput.Format f;
        try {
            f = RdfOutput.Format.of(format != null ? format : guess(output));
        } catch (org.conflictkg.source.InputException e) { // a usage error: exit code 2
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage(), e);
        }
        Diagnostics diagnostics = common.diagnostics();
        if (output == null) return writeStraight(System.out, f, diagnostics);
        Path target = output.toAbsolutePath();
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or pipe (-o /dev/null, -o /dev/stdout, a FIFO): written straight, never replaced.
            try (OutputStream out = Files.newOutputStream(target)) {
                return writeStraight(out, f, diagnostics);
            }
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        // Removed on an error below, and on SIGTERM or Ctrl-C too (a kill -9 leaves it: the name says what it is).
        Thread cleanup = new Thread(() -> { try { Files.deleteIfExists(tmp); } catch (IOException ignored) { } });
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            RunSummary s = RdfOutput.write(common.pipeline(diagnostics), f, out);
            out.close();
            permissions(tmp, target);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("wrote %s (%s, %,d quads)%n", output, f.name().toLowerCase(Locale.ROOT), s.quads());
            return exitCode(s);
        } finally {
            Files.deleteIfExists(tmp);
            try { Runtime.getRuntime().removeShutdownHook(cleanup); } catch (IllegalStateException shuttingDown) { /* the hook runs */ }
        }
    }

    /**
     * The temporary file is created private (0600); the output gets the mode a new file gets here
     * (rw-r--r--), or keeps the one of the file it replaces.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) return;
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Standard output or a device: no file to write whole, so the quads go straight in. */
    private int writeStraight(OutputStream raw, RdfOutput.Format f, Diagnostics diagnostics) throws IOException {
        OutputStream out = new BufferedOutputStream(raw);
        RunSummary s = RdfOutput.write(common.pipeline(diagnostics), f, out);
        out.flush();
        return exitCode(s);
    }

    /** 0 for a complete run; 3, with one line saying why, when pages failed or were skipped or an input broke off. */
    static int exitCode(RunSummary s) {
        if (s.complete()) return Main.OK;
        System.err.println("warning: " + s.incompleteLine());
        return Main.INCOMPLETE;
    }

    private static String guess(Path p) {
        if (p == null) return "ttl";
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "ttl" : n.substring(dot + 1);
    }
}
