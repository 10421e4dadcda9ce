package org.conflictkg.wiki;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.source.InputException;

/**
 * A redirect table as a file: one redirect per line, the alias and its target separated by a tab
 * (as one exports them from Wikipedia's {@code redirect} and {@code page} tables; underscores or
 * spaces). Blank lines and lines starting with {@code #} are skipped, and so is a header line
 * {@code from<TAB>to}; a line without a tab is a warning naming its number.
 */
public final class RedirectTable {
    private RedirectTable() {}

    public static void read(Path file, Redirects.Builder into, Consumer<Diagnostic> diagnostics) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line, origin = file.toString(); // one string for all its lines: a table may hold millions
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    diagnostics.accept(Diagnostic.warning(file.toString(), null, n, "no tab between alias and target; line skipped"));
                    continue;
                }
                String from = line.substring(0, tab).strip();
                String to = line.substring(tab + 1).strip();
                int more = to.indexOf('\t');
                if (more >= 0) to = to.substring(0, more).strip();
                if (n == 1 && from.equalsIgnoreCase("from") && to.equalsIgnoreCase("to")) continue;
                into.add(from, to, origin);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot read the redirect table (" + InputException.reason(e) + ")");
        }
    }
}
