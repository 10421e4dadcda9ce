package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;

/**
 * Every sentence that states a date is a dated event. A date missing its year (or its month) takes
 * it from context, as a reader does: the previous dates of the page, or the section's heading
 * ("On 23 July" under "July 2015 special forces operation").
 */
public final class EventExtractor implements Extractor {
    private static final java.util.regex.Pattern BACK_MATTER = java.util.regex.Pattern.compile("(?i)see also|references|external links|further reading|notes");
    private final MappingRules rules;
    private final CountryRecognizer countries;

    public EventExtractor(MappingRules rules, CountryRecognizer countries) {
        this.rules = rules;
        this.countries = countries;
    }

    @Override public String name() { return "events"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        DatedSentences.walk(doc, (s, sen, d) -> {
            if (d == null || d.value() == null) return;
            if (BACK_MATTER.matcher(s.heading()).matches()) return;
            out.add(new EventFact(d.value(), d.endValue(), TheaterExtractor.theaterOf(doc, s.index(), rules),
                    CountryMentionsInText.all(sen, countries), sen.text(),
                    new Provenance(s.index(), sen.index(), sen.line(), doc.citations(sen.content()))));
        });
        return out;
    }
}
