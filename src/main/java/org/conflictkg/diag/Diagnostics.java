package org.conflictkg.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects diagnostics from every stage; thread-safe, and optionally passes each one on as it arrives. */
public final class Diagnostics implements Consumer<Diagnostic> {
    private final List<Diagnostic> all = new ArrayList<>();
    private final Consumer<Diagnostic> listener;

    public Diagnostics() { this(d -> {}); }

    public Diagnostics(Consumer<Diagnostic> listener) { this.listener = listener; }

    @Override
    public synchronized void accept(Diagnostic d) {
        all.add(d);
        listener.accept(d);
    }

    public synchronized List<Diagnostic> all() { return List.copyOf(all); }

    public synchronized long count(Diagnostic.Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }
}
