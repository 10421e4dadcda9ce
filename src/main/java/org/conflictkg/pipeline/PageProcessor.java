package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.Fact;
import org.conflictkg.source.SourcePage;
import org.conflictkg.sweble.DocumentBuilder;
import org.conflictkg.sweble.SwebleParser;

/**
 * Parses a page once and runs every extractor on it. Not thread-safe (it owns a Sweble engine):
 * one per worker thread. A page that fails is reported with its title and skipped; an extractor
 * that fails loses only its own facts for that page.
 */
public final class PageProcessor {
    private final DocumentBuilder builder = new DocumentBuilder(new SwebleParser());
    private final List<Extractor> extractors;

    public PageProcessor(List<Extractor> extractors) { this.extractors = List.copyOf(extractors); }

    public Optional<PageResult> process(SourcePage page, Consumer<Diagnostic> diagnostics) {
        long t0 = System.nanoTime();
        WikiDocument doc;
        try {
            doc = builder.build(page, diagnostics);
        } catch (SwebleParser.ParseFailure | RuntimeException e) {
            diagnostics.accept(Diagnostic.error(page.title(), null, 0,
                    "page skipped: " + e.getMessage() + revision(page)));
            return Optional.empty();
        }
        long t1 = System.nanoTime();
        List<Fact> facts = new ArrayList<>();
        for (Extractor x : extractors) {
            try {
                facts.addAll(x.extract(doc, diagnostics));
            } catch (RuntimeException e) {
                diagnostics.accept(Diagnostic.error(page.title(), null, 0,
                        "extractor '" + x.name() + "' failed, its facts for this page are lost: " + e));
            }
        }
        return Optional.of(new PageResult(doc, facts, t1 - t0, System.nanoTime() - t1));
    }

    private static String revision(SourcePage p) {
        return p.revisionId() == null ? "" : " (revision " + p.revisionId() + ")";
    }
}
