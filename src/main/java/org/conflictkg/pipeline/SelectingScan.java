package org.conflictkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.source.Inputs;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.ReadLimits;
import org.conflictkg.source.SourcePage;

/**
 * A selecting run's one pass over its dumps: what the prescan finds (redirects, infobox template
 * pages) and which articles may be worth parsing, found together, so a dump is decompressed and read
 * once. The candidates (a mapped infobox or category, or a call of a template named as a transcluded
 * infobox is) are kept aside ({@link SpilledPages}); the rest are counted as not selected. Reading
 * problems are reported here, as the main pass would.
 */
final class SelectingScan {
    /** What the pass found, the candidates kept, and the articles it counted. */
    record Result(Prescan.Found found, SpilledPages candidates, int redirects, int unselected) {}

    private SelectingScan() {}

    static Result run(List<Path> inputs, String title, Predicate<SourcePage> articles, MappingRules rules,
                      Consumer<Diagnostic> diagnostics, ReadLimits limits, Predicate<SourcePage> withinSize, Progress progress) {
        Prescan.Collector found = new Prescan.Collector(rules);
        SpilledPages candidates = SpilledPages.create();
        int redirects = 0, unselected = 0;
        try (PageSource pages = Inputs.open(inputs, title, p -> true, diagnostics, limits)) {
            while (pages.hasNext()) {
                SourcePage p = pages.next();
                progress.page(0);
                boolean redirect = found.collect(p);
                if (!articles.test(p)) continue;
                if (redirect) { redirects++; continue; }
                if (!withinSize.test(p)) continue;
                String text = p.text();
                if (!rules.maySelect(text)) { unselected++; continue; }
                candidates.add(p);
                progress.note(String.format("%,d selected", candidates.count()));
            }
        } catch (RuntimeException e) {
            candidates.close();
            throw e;
        }
        return new Result(found.found(), candidates, redirects, unselected);
    }
}
