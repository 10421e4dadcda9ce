package org.conflictkg.pipeline;

/**
 * What a run did: counts and the time spent in each stage. A run is complete when no page failed or
 * was skipped (over its size or time bound) and no input broke off ({@code errors} counts those).
 *
 * @param skippedPages pages left out for their size or their time, each named in a warning or error
 * @param redirectPages redirect pages, read for where they point and holding no facts
 * @param unselectedPages pages of a dump left unparsed because nothing in them is mapped ({@link PageSelection})
 * @param scanMs the pass over every page of the inputs before any is parsed (decompressing, reading, and for a
 *               selecting run choosing the pages worth parsing); negative when there was none. A run that had one always
 *               names it, even at 0 ms, so the line's shape does not depend on the machine's speed
 */
public record RunSummary(int pages, int failedPages, int skippedPages, int redirectPages, int unselectedPages, long facts,
                         long quads, long warnings,
                         long errors, long scanMs, long readMs, long parseMs, long extractMs, long mapMs, long totalMs) {

    public boolean complete() { return failedPages == 0 && skippedPages == 0 && errors == 0; }

    public String line() {
        return String.format("%d page(s) (%d failed, %d skipped%s), %,d facts, %,d quads, %d warning(s), %d error(s) in %,d ms"
                        + " [%sread %d ms, parse %d ms, extract %d ms, map %d ms]",
                pages, failedPages, skippedPages, (redirectPages > 0 ? ", " + redirectPages + " redirect(s)" : "")
                        + (unselectedPages > 0 ? String.format(", %,d not selected", unselectedPages) : ""), facts, quads,
                warnings, errors, totalMs, scanMs >= 0 ? String.format("scan %d ms, ", scanMs) : "", readMs, parseMs, extractMs, mapMs);
    }

    /** One line for a run that is not complete, saying why and where to look; null for a complete one. */
    public String incompleteLine() {
        if (complete()) return null;
        return String.format("incomplete: %d page(s) failed, %d skipped, %d error(s); every one is named above", failedPages,
                skippedPages, errors);
    }
}
