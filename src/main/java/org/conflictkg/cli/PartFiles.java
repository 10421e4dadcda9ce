package org.conflictkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.pipeline.RunSummary;
import org.conflictkg.source.InputException;

/**
 * {@code load --parts DIR}: the N-Quads part files of a finished Spark job, parsed into the load's
 * sink in name order. A job that did not finish ({@code _SUCCESS} missing) or a part that does not
 * parse (a truncated gzip) fails the load, and the previous store stays, unless {@code --keep-partial}.
 */
final class PartFiles {
    private PartFiles() {}

    private static java.io.InputStream open(Path f) throws IOException {
        java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16);
        return f.getFileName().toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
    }

    static RunSummary load(Path dir, boolean keepPartial, StreamRDF sink) {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(dir)) throw new InputException(dir + ": not a folder of parts");
        if (!Files.exists(dir.resolve("_SUCCESS")) && !keepPartial)
            throw new InputException(dir + " has no _SUCCESS: the job did not finish; --keep-partial loads its parts anyway");
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> { String n = p.getFileName().toString(); return !n.startsWith("_") && !n.startsWith(".")
                    && (n.endsWith(".nq") || n.endsWith(".nq.gz")); }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) throw new InputException(dir + ": no *.nq or *.nq.gz part files");
        long[] quads = {0};
        StreamRDF counting = new StreamRDFWrapper(sink) {
            @Override public void quad(Quad q) { quads[0]++; super.quad(q); }
            @Override public void start() {}
            @Override public void finish() {}
        };
        sink.start();
        int failed = 0;
        for (Path f : files) {
            try {
                try (java.io.InputStream in = open(f)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(counting);
                }
            } catch (RiotException | IOException | UncheckedIOException e) {
                if (!keepPartial) throw new InputException(f + ": not a complete N-Quads part (" + e.getMessage()
                        + "); nothing was loaded. --keep-partial loads the rest");
                System.err.println("warning: " + f + " skipped: " + e.getMessage());
                failed++;
            }
        }
        sink.finish();
        return new RunSummary(files.size(), failed, 0, 0, 0, 0, quads[0], failed, 0, -1, 0, 0, 0, 0, (System.nanoTime() - t0) / 1_000_000);
    }
}
