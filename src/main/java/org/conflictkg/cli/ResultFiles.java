package org.conflictkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.ResultFormat;

/**
 * {@code query A B --out-dir DIR}: one file per query, {@code DIR/NAME.csv} (or the format's
 * extension), each written to a temporary file and renamed, so a failed query leaves no half file.
 */
final class ResultFiles {
    interface Writer { QueryRunner.Outcome write(OutputStream out) throws IOException; }

    private final Path dir;
    private final ResultFormat format;

    ResultFiles(Path dir, ResultFormat format) {
        this.dir = dir;
        this.format = format;
    }

    void write(String name, Writer writer) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "." + format.name().toLowerCase(Locale.ROOT));
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + ".part");
        try {
            QueryRunner.Outcome o;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                o = writer.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("wrote %s (%d row(s))%n", file, o.rows());
            QueryCommand.warnIfMore(o, name + ": ");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
