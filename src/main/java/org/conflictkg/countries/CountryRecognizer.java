package org.conflictkg.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Template;

/**
 * Finds countries in running text or a table cell: in flag templates ({@code {{flag|X}}},
 * {@code {{flagicon|X}}}, {@code {{#invoke:flag||X}}}), in wikilinks (by target, then by label),
 * and, for a cell, in its plain text.
 */
public final class CountryRecognizer {
    private static final java.util.regex.Pattern FOOTNOTE_MARK = java.util.regex.Pattern.compile("\\[\\d+]");
    private static final Set<String> FLAG_TEMPLATES = Set.of("flag", "flagcountry", "flagicon", "flagu", "flag icon",
            "flagdeco", "flag country", "flagcountry2");
    private final Countries countries;

    public CountryRecognizer(Countries countries) { this.countries = countries; }

    public Countries countries() { return countries; }

    /** The country a table cell is about: its flag template, else its first link, else its whole text. */
    public Optional<Country> ofCell(InlineText cell) {
        for (Template t : cell.templates())
            if (FLAG_TEMPLATES.contains(t.name())) {
                Optional<Country> c = countries.find(t.positional(1));
                if (c.isPresent()) return c;
            }
        for (Link l : cell.links()) {
            Optional<Country> c = ofLink(l);
            if (c.isPresent()) return c;
        }
        return countries.find(FOOTNOTE_MARK.matcher(cell.text()).replaceAll("").trim());
    }

    /** The country a wikilink points at: by its target page, else by the words it shows. */
    public Optional<Country> ofLink(Link l) {
        Optional<Country> c = countries.find(l.page());
        return c.isPresent() ? c : countries.find(l.label());
    }

    /** Countries of flag templates in the text, in order. */
    public List<Country> ofFlags(InlineText text) {
        List<Country> out = new ArrayList<>();
        for (Template t : text.templates())
            if (FLAG_TEMPLATES.contains(t.name())) countries.find(t.positional(1)).ifPresent(out::add);
        return out;
    }
}
