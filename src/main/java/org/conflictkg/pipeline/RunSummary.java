package org.conflictkg.pipeline;

/** What a run did: counts and the time spent in each stage. */
public record RunSummary(int pages, int failedPages, long facts, long quads, long warnings, long errors,
                         long readMs, long parseMs, long extractMs, long mapMs, long totalMs) {

    public String line() {
        return String.format("%d page(s) (%d failed), %,d facts, %,d quads, %d warning(s) in %,d ms"
                        + " [read %d ms, parse %d ms, extract %d ms, map %d ms]",
                pages, failedPages, facts, quads, warnings, totalMs, readMs, parseMs, extractMs, mapMs);
    }
}
