package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Countries;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Provenance;
import org.conflictkg.mapping.CategoryRule;
import org.conflictkg.mapping.MappingRules;

/** What the rules read in one category of a page: a class for the page's subject and a participant, each or both null. */
record CategoryReading(ConflictFacts.Category fact, Node kind) {

    String name() { return fact.name(); }

    ConflictFacts.Category withoutActor() {
        return new ConflictFacts.Category(fact.title(), fact.name(), null, null, fact.provenance());
    }

    /** Each category of the page, read by every rule that matches it (the first to give a class or an actor wins). */
    static List<CategoryReading> read(WikiDocument doc, MappingRules rules, Countries countries) {
        List<CategoryReading> out = new ArrayList<>();
        String title = doc.page().title();
        for (org.conflictkg.doc.Category c : doc.categories()) {
            Node kind = null;
            String actor = null;
            for (CategoryRule r : rules.categoryRules()) {
                CategoryRule.Reading reading = r.read(c.name());
                if (reading == null) continue;
                if (kind == null && r.emits() != null) kind = r.emits();
                if (actor == null) actor = reading.actor();
            }
            out.add(new CategoryReading(new ConflictFacts.Category(title, c.name(), actor,
                    actor == null ? null : countries.find(actor).orElse(null), new Provenance(0, -1, c.line(), List.of())), kind));
        }
        return out;
    }
}
