package org.conflictkg.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;

/**
 * Skips a page whose wikitext is over a size limit, with a warning naming it. Parsing cost and memory
 * grow faster than a page's size (a 30 MB page took 6 GB and over 5 minutes, where 16 copies of a
 * 0.3 MB article took 41 s in 1 GB), so one hostile or broken page cannot take a whole run down.
 */
final class PageSizeLimit implements Predicate<SourcePage> {
    /** The pages of {@code source} within {@code limit}, for every kind of input (dumps and bare files). */
    static PageSource within(PageSource source, PageSizeLimit limit) {
        return PageSource.filter(source, limit);
    }

    private final long maxBytes;
    private final Consumer<Diagnostic> diagnostics;
    private final Runnable skipped;

    PageSizeLimit(long maxBytes, Consumer<Diagnostic> diagnostics, Runnable skipped) {
        this.maxBytes = maxBytes;
        this.diagnostics = diagnostics;
        this.skipped = skipped;
    }

    @Override
    public boolean test(SourcePage page) {
        String text = page.text();
        if (text == null || (long) text.length() * 3 <= maxBytes) return true;  // no UTF-8 count needed
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= maxBytes) return true;
        diagnostics.accept(Diagnostic.warning(page.title(), null, 0, String.format(java.util.Locale.ROOT,
                "page skipped: %.1f MB of wikitext is over the limit of %.1f MB (--max-page-mb)",
                bytes / 1e6, maxBytes / 1e6)));
        skipped.run();
        return false;
    }
}
