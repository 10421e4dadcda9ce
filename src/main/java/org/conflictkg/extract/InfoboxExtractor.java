package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.InfoboxRule;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.text.DateMention;

/**
 * What a page about an operation says of itself in its infobox: the country that carried it out
 * and its dates. An article that only links an operation ("{{Main|Operation Barkhane}}") may not
 * say who led it; when a run also reads the operation's own page, its infobox does. Both pages
 * describe one IRI, so the union of their graphs has the leader. Which infoboxes and fields are
 * read is mapping knowledge ({@code map:InfoboxRule}); the leader is the first country a field
 * names by link, name or demonym ("{{flagicon|France}} [[French Armed Forces]]").
 */
public final class InfoboxExtractor implements Extractor {
    private final MappingRules rules;
    private final CountryRecognizer countries;

    public InfoboxExtractor(MappingRules rules, CountryRecognizer countries) {
        this.rules = rules;
        this.countries = countries;
    }

    @Override public String name() { return "infobox"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        String title = doc.page().title();
        if (!OperationExtractor.isOperation(rules, title) || doc.sections().isEmpty()) return List.of();
        for (Template t : doc.section(0).blockTemplates()) {
            Optional<InfoboxRule> rule = rules.infobox(t.name());
            if (rule.isEmpty()) continue;
            Country leader = null;
            for (String field : rule.get().leaderFields()) {
                leader = t.args().stream().filter(a -> field.equalsIgnoreCase(a.name())).findFirst()
                        .flatMap(a -> CountryMentionsInText.first(a.value(), countries)).orElse(null);
                if (leader != null) break;
            }
            List<DateMention> dates = new ArrayList<>();
            for (String field : rule.get().dateFields())
                DateMention.find(t.named(field)).stream().filter(d -> d.year() != null).forEach(dates::add);
            var start = dates.isEmpty() ? null : dates.get(0).value();
            var end = dates.size() < 2 ? null : dates.get(dates.size() - 1).value();
            return List.of(new OperationFact(title, leader, null, start, end, new Provenance(0, -1, t.line(), List.of())));
        }
        return List.of();
    }
}
