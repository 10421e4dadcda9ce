package org.conflictkg.pipeline;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.conflictkg.mapping.MappingRules;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;
import org.conflictkg.wiki.InfoboxTemplates;

/**
 * Which pages of a run are parsed. A dump holds mostly pages that cannot yield a fact the rules
 * know how to read, and parsing is most of the cost of a page; so by default a dump's page is parsed
 * only when its raw text calls an infobox that {@code mapping.ttl} maps (or a template page of the
 * inputs that holds one) or names a category a category rule reads. The rules stay the one place
 * that says what matters: a mapping added there selects its pages too. Bare wikitext files, which a
 * user names one by one, are all read; {@code --titles} selects by title; {@code --select all} reads
 * every page.
 */
public final class PageSelection implements Predicate<SourcePage> {
    /** How pages are selected: {@code auto} (mapped for dumps, all for bare files), {@code mapped} or {@code all}. */
    public enum Mode { AUTO, MAPPED, ALL }

    private final MappingRules rules;
    private final Pattern transcluded;

    private PageSelection(MappingRules rules, InfoboxTemplates templates) {
        this.rules = rules;
        this.transcluded = MappingRules.templateCall(templates.byName().keySet());
    }

    /**
     * The selection of a run, or null when every page is read: with {@code --titles} the title list
     * decides alone, and {@code auto} reads bare files whole.
     */
    public static PageSelection of(Mode mode, boolean titled, List<java.nio.file.Path> inputs, MappingRules rules,
                                   InfoboxTemplates templates) {
        return selects(mode, titled, inputs) ? new PageSelection(rules, templates) : null;
    }

    /** Whether a run selects pages at all ({@link #of} gives a selection), before its template pages are known. */
    static boolean selects(Mode mode, boolean titled, List<java.nio.file.Path> inputs) {
        if (titled || mode == Mode.ALL) return false;
        return mode != Mode.AUTO || inputs.stream().anyMatch(PageSelection::isDump);
    }

    /** The pages of {@code pages} this selection keeps; each other one runs {@code unselected} and is never parsed. */
    PageSource keep(PageSource pages, Runnable unselected) {
        return PageSource.filter(pages, p -> {
            if (test(p)) return true;
            unselected.run();
            return false;
        });
    }

    static boolean isDump(java.nio.file.Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".xml.bz2") || n.endsWith(".xml.gz");
    }

    @Override
    public boolean test(SourcePage page) {
        String text = page.text();
        if (text == null) return false;
        return rules.callsMappedInfobox(text) || org.conflictkg.mapping.RawCalls.find(transcluded, text, "{{")
                || rules.hasMappedCategory(text);
    }
}
