package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;

/**
 * Theaters from section headings that name places, by the theater rules of {@code mapping.ttl}:
 * "Iraq", "In the Gaza Strip", but not "Battle", "Armies" or "Deaths", and nothing under
 * "Casualties" or "Reactions".
 */
public final class TheaterExtractor implements Extractor {
    private final MappingRules rules;

    public TheaterExtractor(MappingRules rules) { this.rules = rules; }

    @Override public String name() { return "theaters"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        String[] own = SectionTheaters.of(doc, rules).own();
        for (Section s : doc.sections())
            if (own[s.index()] != null) out.add(new TheaterFact(own[s.index()], new Provenance(s.index(), -1, s.line(), List.of())));
        return out;
    }

    /** The theater of a section: its own, or that of the nearest enclosing section that names one; null for none. */
    public static String theaterOf(WikiDocument doc, int section, MappingRules rules) {
        return SectionTheaters.of(doc, rules).inherited()[section];
    }
}
