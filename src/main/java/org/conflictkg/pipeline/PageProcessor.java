package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.Fact;
import org.conflictkg.source.SourcePage;
import org.conflictkg.sweble.DocumentBuilder;
import org.conflictkg.sweble.SwebleParser;
import org.conflictkg.wiki.InfoboxTemplates;

/**
 * Parses a page once and runs every extractor on it. Not thread-safe (it owns a Sweble engine):
 * one per worker thread. A page that fails is reported with its title and skipped; an extractor
 * that fails loses only its own facts for that page. A template the lead transcludes whose page is
 * among the inputs and holds an infobox ({@link InfoboxTemplates}) is parsed too, as a page of its own.
 */
public final class PageProcessor {
    private final DocumentBuilder builder = new DocumentBuilder(new SwebleParser());
    private final List<Extractor> extractors;
    private final InfoboxTemplates templates;

    public PageProcessor(List<Extractor> extractors) { this(extractors, InfoboxTemplates.NONE); }

    public PageProcessor(List<Extractor> extractors, InfoboxTemplates templates) {
        this.extractors = List.copyOf(extractors);
        this.templates = templates;
    }

    public Optional<PageResult> process(SourcePage page, Consumer<Diagnostic> diagnostics) {
        long t0 = System.nanoTime();
        WikiDocument doc;
        try {
            doc = transclude(builder.build(page, diagnostics), diagnostics);
        } catch (org.conflictkg.diag.PageDeadline.Exceeded e) {
            throw e;
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
                org.conflictkg.diag.PageDeadline.check();
            } catch (org.conflictkg.diag.PageDeadline.Exceeded e) {
                throw e;
            } catch (RuntimeException e) {
                diagnostics.accept(Diagnostic.error(page.title(), null, 0,
                        "extractor '" + x.name() + "' failed, its facts for this page are lost: " + e));
            }
        }
        return Optional.of(new PageResult(doc, facts, t1 - t0, System.nanoTime() - t1));
    }

    /** The document with the template pages its lead calls, when the inputs hold them. */
    private WikiDocument transclude(WikiDocument doc, Consumer<Diagnostic> diagnostics) throws SwebleParser.ParseFailure {
        if (templates.isEmpty()) return doc;
        List<WikiDocument> found = new ArrayList<>();
        for (Template t : doc.leadTemplates()) {
            Optional<SourcePage> p = templates.page(t.name());
            if (p.isPresent() && found.stream().noneMatch(d -> d.page().title().equals(p.get().title())))
                found.add(builder.build(p.get(), diagnostics));
        }
        return found.isEmpty() ? doc : doc.withTranscluded(found);
    }

    private static String revision(SourcePage p) {
        return p.revisionId() == null ? "" : " (revision " + p.revisionId() + ")";
    }
}
