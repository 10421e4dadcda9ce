package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Countries;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Provenance;
import org.conflictkg.mapping.CategoryRule;
import org.conflictkg.mapping.MappingRules;

/**
 * What the rules read in one category of a page: a class for the page's subject, a participant, and
 * a year the conflict was fought in, each or all null; {@code weak} when a weak rule gave the class.
 */
record CategoryReading(ConflictFacts.Category fact, Node kind, boolean weak, Integer year) {

    String name() { return fact.name(); }

    /** "2014" is 2014, "31 BC" is -31; null when it is no year. */
    private static Integer year(String s) {
        String t = s.strip();
        boolean bc = t.toUpperCase(java.util.Locale.ROOT).endsWith("BC");
        String digits = t.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 4) return null;
        int y = Integer.parseInt(digits);
        return bc ? -y : y;
    }

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
            Integer year = null;
            boolean weak = false;
            for (CategoryRule r : rules.categoryRules()) {
                CategoryRule.Reading reading = r.read(c.name());
                if (reading == null) continue;
                if (kind == null && r.emits() != null) { kind = r.emits(); weak = r.weak(); }
                if (actor == null) actor = reading.actor();
                if (year == null && reading.year() != null) year = year(reading.year());
            }
            out.add(new CategoryReading(new ConflictFacts.Category(title, c.name(), actor,
                    actor == null ? null : countries.find(actor).orElse(null), new Provenance(0, -1, c.line(), List.of())),
                    kind, weak, year));
        }
        return out;
    }
}
