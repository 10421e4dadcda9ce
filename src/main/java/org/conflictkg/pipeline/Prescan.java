package org.conflictkg.pipeline;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Template;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.source.Inputs;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;
import org.conflictkg.wiki.InfoboxTemplates;
import org.conflictkg.wiki.RedirectPage;
import org.conflictkg.wiki.Redirects;
import org.conflictkg.wiki.SiteIndex;

/**
 * One quick pass over the inputs before extraction, for what a page needs from other pages: the
 * redirect pages (so that every link names its entity by the canonical title, whichever page comes
 * first) and the template pages that hold a mapped infobox (so that an article that transcludes one
 * gets its facts). Nothing is parsed; only those pages are kept. A Spark job scans each split and
 * merges what they found ({@link Found#merge}).
 */
public final class Prescan {
    private Prescan() {}

    /**
     * What a scan found: the redirect pages (not yet resolved) and infobox template pages by the name
     * articles call them. Both are used up by {@link #index}, and by {@link #merge}, which reuses them.
     */
    public record Found(Redirects.Builder redirects, Map<String, SourcePage> templates) implements Serializable {
        public Found merge(Found other) {
            Map<String, SourcePage> t = new HashMap<>(templates);
            t.putAll(other.templates);
            return new Found(redirects.merge(other.redirects), t);
        }
    }

    /** What the inputs hold for other pages, read in a pass of its own before the main one. */
    static Found find(List<Path> inputs, String title, MappingRules rules, Progress progress) {
        Found found = new Found(Redirects.builder(), Map.of());
        if (!inputs.isEmpty()) {
            // Reading problems are reported by the main pass, once.
            try (PageSource pages = Inputs.open(inputs, title, p -> true, d -> { })) {
                found = scan(pages, rules, progress);
            } catch (RuntimeException e) {
                // The main pass reads the same inputs and reports what is wrong with them.
            }
        }
        return found;
    }

    /** Every page of the source, keeping redirects and the template pages that hold a mapped infobox. */
    public static Found scan(PageSource pages, MappingRules rules) { return scan(pages, rules, Progress.NONE); }

    private static Found scan(PageSource pages, MappingRules rules, Progress progress) {
        Collector c = new Collector(rules);
        while (pages.hasNext()) {
            c.collect(pages.next());
            progress.page(0);
        }
        return c.found();
    }

    /** What a scan keeps, page by page: for a scan of its own or as part of a selecting pass ({@link SelectingScan}). */
    static final class Collector {
        private final MappingRules rules;
        private final Redirects.Builder redirects = Redirects.builder();
        private final Map<String, SourcePage> templates = new HashMap<>();

        Collector(MappingRules rules) { this.rules = rules; }

        /** Keeps what the page tells other pages; true when it is a redirect page. */
        boolean collect(SourcePage p) {
            var target = RedirectPage.target(p.text());
            if (target.isPresent()) {
                redirects.addPage(p.title(), target.get());
                return true;
            }
            if (p.namespace() == 10 && rules.callsMappedInfobox(p.text())) templates.put(Template.normalise(p.title()), p);
            return false;
        }

        Found found() { return new Found(redirects, templates); }
    }

    /** The index of what was found, with the redirects known before (tables, the store), which the pages' replace. */
    public static SiteIndex index(Found found, Redirects.Builder before, Consumer<Diagnostic> diagnostics) {
        return new SiteIndex(found.redirects().over(before).build(diagnostics), new InfoboxTemplates(found.templates()));
    }
}
