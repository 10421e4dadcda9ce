package org.conflictkg.source;

/**
 * How much of one page a source holds: a page whose wikitext is over {@code maxPageBytes} (UTF-8) is
 * skipped while it is read, before it is held whole, with a warning naming it; {@code skipped} is told.
 */
public record ReadLimits(long maxPageBytes, Runnable skipped) {
    public static final ReadLimits NONE = new ReadLimits(Long.MAX_VALUE, () -> { });

    /** The warning for a page of this many bytes (its file's size). */
    String describe(long bytes) {
        return String.format(java.util.Locale.ROOT, "page skipped: %.1f MB of wikitext is over the limit of %.1f MB (--max-page-mb)",
                bytes / 1e6, maxPageBytes / 1e6);
    }

    /** The warning for a page whose text was dropped once it went over the limit, as it streamed in. */
    String describeStreamed() {
        return String.format(java.util.Locale.ROOT, "page skipped: its wikitext is over the limit of %.1f MB (--max-page-mb); "
                + "the rest of it was read past, never held", maxPageBytes / 1e6);
    }
}
