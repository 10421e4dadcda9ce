package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;

/** Theaters from section headings, by the theater rules of {@code mapping.ttl}. */
public final class TheaterExtractor implements Extractor {
    private final MappingRules rules;

    public TheaterExtractor(MappingRules rules) { this.rules = rules; }

    @Override public String name() { return "theaters"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        for (Section s : doc.sections())
            if (s.index() > 0)
                rules.theaterOfHeading(s.heading(), s.level()).ifPresent(name ->
                        out.add(new TheaterFact(name, new Provenance(s.index(), -1, s.line(), List.of()))));
        return out;
    }

    /** The theater of a section: its own, or that of the nearest enclosing section that names one. */
    public static String theaterOf(WikiDocument doc, int section, MappingRules rules) {
        for (int i = section; i > 0; i = doc.section(i).parent()) {
            Section s = doc.section(i);
            var t = rules.theaterOfHeading(s.heading(), s.level());
            if (t.isPresent()) return t.get();
        }
        return null;
    }
}
