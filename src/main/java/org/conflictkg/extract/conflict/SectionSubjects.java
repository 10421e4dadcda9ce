package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Countries;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Infobox;
import org.conflictkg.doc.InfoboxField;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.Provenance;
import org.conflictkg.extract.SectionInfoboxFact;
import org.conflictkg.mapping.InfoboxMapping;
import org.conflictkg.mapping.MappingRules;

/**
 * Infoboxes in the sections of a page: each describes its section's subject (a naval action in an
 * article about an exercise), named by its name field (the article it links, else its words), with
 * all its facts, typed, and part of the page's subject.
 */
final class SectionSubjects {
    private SectionSubjects() {}

    static List<Fact> read(WikiDocument doc, MappingRules rules, Countries countries, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        String page = doc.page().title();
        List<Infobox> boxes = doc.infoboxes();
        for (int k = 0; k < boxes.size(); k++) {
            Infobox b = boxes.get(k);
            if (b.section() == 0) continue;
            var mapping = rules.infoboxMapping(b.name());
            if (mapping.isEmpty()) continue;
            String title = subjectTitle(b, mapping.get());
            if (title == null || title.equals(page)) continue;
            List<Fact> read = new ArrayList<>();
            FieldReader reader = new FieldReader(doc, title, countries, rules, diagnostics);
            for (InfoboxField f : b.fields()) {
                var rule = mapping.get().ruleFor(f.name());
                if (rule.isEmpty() || f.items().isEmpty()) continue;
                read.addAll(reader.read(f, rule.get(), rule.get().sideOf(f.name()).orElse(0)));
            }
            Node kind = rules.subjectKind(title, mapping.get().emits(), mapping.get().emits());
            Provenance where = new Provenance(b.section(), -1, b.line(), List.of());
            read.add(new ConflictFacts.Subject(title, kind, name(b, mapping.get(), title), b.name(), where));
            read.add(new ConflictFacts.PartOf(title, List.of(new ConflictFacts.ParentRef(page, page)), page, "", where));
            read.addAll(Sides.of(title, name(b, mapping.get(), title), read, reader));
            for (Fact f : read) out.add(new SectionInfoboxFact(k, f));
        }
        return out;
    }

    /** The article the infobox's name field links, else its words; null when it names nothing. */
    private static String subjectTitle(Infobox b, InfoboxMapping mapping) {
        for (InfoboxField f : b.fields()) {
            var rule = mapping.ruleFor(f.name());
            if (rule.isEmpty() || rule.get().reads() != InfoboxMapping.Reads.NAME || f.text().isBlank()) continue;
            for (Link l : f.value().links()) return l.page();
            return f.text().strip();
        }
        return null;
    }

    private static String name(Infobox b, InfoboxMapping mapping, String title) {
        for (InfoboxField f : b.fields()) {
            var rule = mapping.ruleFor(f.name());
            if (rule.isPresent() && rule.get().reads() == InfoboxMapping.Reads.NAME && !f.text().isBlank()) return f.text().strip();
        }
        return title;
    }
}
