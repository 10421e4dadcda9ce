package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Countries;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Infobox;
import org.conflictkg.doc.InfoboxField;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.Provenance;
import org.conflictkg.mapping.InfoboxMapping;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.mapping.TitleRule;

/**
 * The page's own conflict: the first infobox of its lead that a {@code map:InfoboxMapping} names
 * describes it, field by field ({@link FieldReader}); the page's categories type it and name
 * participants by {@code map:CategoryRule}s. A page with neither (an article about an army, a
 * person) has no conflict of its own; its categories are still kept.
 *
 * <pre>{@code
 * List<Fact> facts = new ConflictExtractor(MappingRules.load(null), Countries.bundled()).extract(doc, diagnostics);
 * }</pre>
 */
public final class ConflictExtractor implements Extractor {
    private final MappingRules rules;
    private final Countries countries;

    public ConflictExtractor(MappingRules rules, Countries countries) {
        this.rules = rules;
        this.countries = countries;
    }

    @Override public String name() { return "conflict"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        String title = doc.page().title();
        List<Fact> out = new ArrayList<>();
        List<CategoryReading> categories = CategoryReading.read(doc, rules, countries);
        Optional<Infobox> box = Optional.empty();
        Optional<InfoboxMapping> mapping = Optional.empty();
        for (Infobox b : doc.infoboxes()) {
            mapping = rules.infoboxMapping(b.name());
            if (mapping.isPresent()) { box = Optional.of(b); break; }
        }
        Node byCategory = categoryKind(categories);
        if (box.isEmpty() && byCategory == null) {
            categories.forEach(c -> out.add(c.withoutActor()));
            return out;
        }
        categories.forEach(c -> out.add(c.fact()));
        Node kind = rules.classifySubject(title).map(TitleRule::emits)
                .orElse(byCategory != null && box.isEmpty() ? byCategory : mapping.map(InfoboxMapping::emits).orElse(byCategory));
        if (box.isEmpty()) {
            out.add(new ConflictFacts.Subject(title, kind, title, "", new Provenance(0, -1, 0, List.of())));
            return out;
        }
        Infobox b = box.get();
        FieldReader reader = new FieldReader(doc, countries, rules.commanderMarks(), diagnostics);
        String name = title;
        for (InfoboxField f : b.fields()) {
            Optional<InfoboxMapping.FieldRule> rule = mapping.get().ruleFor(f.name());
            if (rule.isEmpty() || f.items().isEmpty()) continue;
            if (rule.get().reads() == InfoboxMapping.Reads.NAME && !f.text().isBlank() && name.equals(title)) name = f.text();
            out.addAll(reader.read(f, rule.get(), rule.get().sideOf(f.name()).orElse(0)));
        }
        out.add(new ConflictFacts.Subject(title, kind, name, b.name(), new Provenance(0, -1, b.line(), List.of())));
        OperationOfSubject.of(title, kind, out).ifPresent(out::add);
        return out;
    }

    /** The most specific class the categories give, or null: "Battles of ..." over "Conflicts in 1815". */
    private static Node categoryKind(List<CategoryReading> categories) {
        Node found = null;
        for (CategoryReading c : categories) {
            if (c.kind() == null) continue;
            if (found == null || found.getLocalName().equals("ArmedConflict")) found = c.kind();
        }
        return found;
    }
}
