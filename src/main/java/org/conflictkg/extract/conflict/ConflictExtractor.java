package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
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
import org.conflictkg.extract.TranscludedFact;
import org.conflictkg.mapping.InfoboxMapping;
import org.conflictkg.mapping.MappingRules;

/**
 * The page's own conflict: the first infobox of its lead that a {@code map:InfoboxMapping} names
 * describes it, field by field ({@link FieldReader}), or, when the lead transcludes its infobox from
 * a template page of the inputs, that page's infobox; the page's categories type it, name
 * participants and give the years it was fought in by {@code map:CategoryRule}s. A page with neither
 * (an article about an army, a person) has no conflict of its own; its categories are still kept.
 * Each side of two or more parties is a grouping ({@link ConflictFacts.Side}). An infobox in a
 * section describes that section's subject, part of the page's ({@link SectionSubjects}).
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

    /** An infobox the mapping reads, with the page it is on (the page itself or one it transcludes). */
    private record Box(WikiDocument doc, Infobox infobox, InfoboxMapping mapping) {}

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        String title = doc.page().title();
        List<Fact> out = new ArrayList<>();
        List<CategoryReading> categories = CategoryReading.read(doc, rules, countries);
        out.addAll(SectionSubjects.read(doc, rules, countries, diagnostics));
        Box box = box(doc);
        Node byCategory = categoryKind(categories, definedAsConflict(doc));
        if (box == null && byCategory == null) {
            categories.forEach(c -> out.add(c.withoutActor()));
            return out;
        }
        categories.forEach(c -> out.add(c.fact()));
        Node kind = rules.subjectKind(title, box == null ? null : box.mapping().emits(),
                box == null ? byCategory : narrower(box.mapping().emits(), byCategory));
        if (box == null) {
            out.add(new ConflictFacts.Subject(title, kind, title, "", new Provenance(0, -1, 0, List.of())));
            out.add(new ConflictFacts.PrimaryTopic(title, LeadNames.aliases(doc, title), new Provenance(0, -1, 0, List.of())));
            ConflictFacts.Dates dates = dates(doc, title, categories);
            if (dates != null) out.add(dates);
            return out;
        }
        List<Fact> read = new ArrayList<>();
        FieldReader reader = new FieldReader(box.doc(), title, countries, rules, diagnostics);
        String name = title;
        for (InfoboxField f : box.infobox().fields()) {
            var rule = box.mapping().ruleFor(f.name());
            if (rule.isEmpty() || f.items().isEmpty()) continue;
            if (rule.get().reads() == InfoboxMapping.Reads.NAME && !f.text().isBlank() && name.equals(title)) name = f.text();
            read.addAll(reader.read(f, rule.get(), rule.get().sideOf(f.name()).orElse(0)));
        }
        read.add(new ConflictFacts.Subject(title, kind, name, box.infobox().name(), !box.mapping().actor(),
                new Provenance(0, -1, box.infobox().line(), List.of())));
        read.addAll(Sides.of(title, name, read, reader));
        OperationOfSubject.of(title, kind, read).ifPresent(read::add);
        boolean own = box.doc() == doc;
        for (Fact f : read) out.add(own ? f : new TranscludedFact(box.doc().page().title(), f));
        out.add(new ConflictFacts.PrimaryTopic(title, LeadNames.aliases(doc, title, name), new Provenance(0, -1, 0, List.of())));
        if (read.stream().noneMatch(ConflictFacts.Dates.class::isInstance)) {
            ConflictFacts.Dates dates = dates(doc, title, categories);
            if (dates != null) out.add(dates);
        }
        return out;
    }

    /** The first mapped infobox of the page's lead, else of a template page it transcludes; null when none. */
    private Box box(WikiDocument doc) {
        for (Infobox b : doc.infoboxes()) {
            var m = b.section() == 0 ? rules.infoboxMapping(b.name()) : java.util.Optional.<InfoboxMapping>empty();
            if (m.isPresent()) return new Box(doc, b, m.get());
        }
        for (WikiDocument t : doc.transcluded())
            for (Infobox b : t.infoboxes()) {
                var m = rules.infoboxMapping(b.name());
                if (m.isPresent()) return new Box(t, b, m.get());
            }
        return null;
    }

    /** Without an infobox's dates: the span the lead gives, else the earliest year a category gives ("Conflicts in 2014"). */
    private static ConflictFacts.Dates dates(WikiDocument doc, String title, List<CategoryReading> categories) {
        ConflictFacts.Dates lead = LeadNames.dates(doc, title);
        if (lead != null) return lead;
        CategoryReading first = null;
        for (CategoryReading c : categories)
            if (c.year() != null && (first == null || c.year() < first.year())) first = c;
        if (first == null) return null;
        return new ConflictFacts.Dates(title, org.conflictkg.text.DateValue.year(first.year()), null,
                "Category:" + first.name(), "", first.fact().provenance());
    }

    /** The categories' class when the infobox gives only the general one ("Wars involving ..." makes a war); else the infobox's. */
    private static Node narrower(Node byInfobox, Node byCategory) {
        return byCategory != null && byInfobox.getLocalName().equals("ArmedConflict") ? byCategory : byInfobox;
    }

    /** True when the first sentence of the lead defines the page's subject as a conflict. */
    private boolean definedAsConflict(WikiDocument doc) {
        var p = LeadNames.first(doc);
        return p != null && !p.sentences().isEmpty() && rules.definesConflict(p.sentences().get(0).text());
    }

    /**
     * The most specific class the categories give, or null: "Battles of ..." over "Conflicts in 1815".
     * A weak rule's class counts only when the lead defines the subject as a conflict.
     */
    private static Node categoryKind(List<CategoryReading> categories, boolean definedAsConflict) {
        Node found = null;
        for (CategoryReading c : categories) {
            if (c.kind() == null || c.weak() && !definedAsConflict) continue;
            if (found == null || found.getLocalName().equals("ArmedConflict")) found = c.kind();
        }
        return found;
    }
}
