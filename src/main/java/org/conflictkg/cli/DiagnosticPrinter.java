package org.conflictkg.cli;

import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;

/** Prints diagnostics to standard error as they come, up to a limit, so a large dump stays readable. */
final class DiagnosticPrinter implements Consumer<Diagnostic> {
    private final int limit;
    private int printed;
    private int suppressed;

    DiagnosticPrinter(int limit) { this.limit = limit; }

    @Override
    public synchronized void accept(Diagnostic d) {
        if (d.severity() == Diagnostic.Severity.ERROR || printed < limit) {
            System.err.println(d);
            printed++;
        } else if (suppressed++ == 0) {
            System.err.println("(further warnings are counted, not printed; --verbose prints them all)");
        }
    }
}
