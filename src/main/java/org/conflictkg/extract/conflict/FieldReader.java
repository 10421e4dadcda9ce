package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.countries.Countries;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.FieldItem;
import org.conflictkg.doc.InfoboxField;
import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Templates;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.Provenance;
import org.conflictkg.mapping.CommanderMark;
import org.apache.jena.graph.Node;
import org.conflictkg.mapping.InfoboxMapping;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.text.Coordinates;
import org.conflictkg.text.DateRange;
import org.conflictkg.text.Figures;

/** Reads one infobox field into facts, by the kind of value its mapping rule says it holds. */
final class FieldReader {
    private final WikiDocument doc;
    private final String title;
    private final Countries countries;
    private final SideReaders sides;
    private final Consumer<Diagnostic> diagnostics;
    private final MappingRules rules;
    /** The heading of each side whose belligerents field has one ("Allies"), by side. */
    private final java.util.Map<Integer, String> headings = new java.util.HashMap<>();

    /**
     * @param doc   the page the infobox is on (its refs are the facts' citations)
     * @param title the conflict the infobox describes: the title of the page it describes
     */
    FieldReader(WikiDocument doc, String title, Countries countries, MappingRules rules, Consumer<Diagnostic> diagnostics) {
        this.rules = rules;
        List<CommanderMark> marks = rules.commanderMarks();
        this.doc = doc;
        this.title = title;
        this.countries = countries;
        this.sides = new SideReaders(countries, marks);
        this.diagnostics = diagnostics;
    }

    List<Fact> read(InfoboxField f, InfoboxMapping.FieldRule rule, int side) {
        List<Fact> out = new ArrayList<>();
        String field = f.name();
        Provenance whole = provenance(f.line(), f.value());
        switch (rule.reads()) {
            case NAME -> { /* the subject's label, read by the caller */ }
            case PART_OF -> {
                List<ConflictFacts.ParentRef> parents = new ArrayList<>();
                for (Link l : f.value().links()) {
                    // "[[Ramesses II#Second Syrian campaign|...]]" names a section of a person's article: the
                    // parent is what the section is about, known by the words shown, not Ramesses II.
                    ConflictFacts.ParentRef ref = l.target().contains("#")
                            ? new ConflictFacts.ParentRef(l.page() + "#" + l.target().substring(l.target().indexOf('#') + 1).trim(), l.label())
                            : new ConflictFacts.ParentRef(l.page(), l.page());
                    if (!parents.contains(ref)) parents.add(ref);
                }
                out.add(new ConflictFacts.PartOf(title, parents, f.text(), field, whole));
            }
            case DATES -> {
                DateRange r = null;
                for (FieldItem it : f.items()) {
                    r = DateRange.of(it.plain(), it.text().templates());
                    if (r != null) break;
                }
                if (r == null) diagnostics.accept(Diagnostic.warning(title, "infobox", f.line(),
                        "infobox field '" + field + "' gives no date that can be read: '" + f.text() + "'"));
                else out.add(new ConflictFacts.Dates(title, r.start(), r.end(), f.text(), field, whole));
            }
            case PLACE -> {
                List<ConflictFacts.PlaceRef> places = new ArrayList<>();
                for (Link l : f.value().links())
                    places.add(new ConflictFacts.PlaceRef(l.page(), countries.find(l.page()).orElse(null)));
                out.add(new ConflictFacts.Place(title, f.text(), places, Coordinates.of(Templates.deep(f.value())), field,
                        rule.property(), whole));
            }
            case COORDINATES -> {
                Coordinates c = Coordinates.of(Templates.deep(f.value()));
                if (c != null) out.add(new ConflictFacts.Place(title, null, List.of(), c, field, null, whole));
            }
            case RESULT -> out.add(new ConflictFacts.Text(title, ConflictFacts.TextRole.RESULT, null, f.text(), field, whole));
            case TERRITORY -> out.add(new ConflictFacts.Text(title, ConflictFacts.TextRole.TERRITORY, null, f.text(), field, whole));
            case TEXT -> out.add(new ConflictFacts.Text(title, ConflictFacts.TextRole.OTHER, rule.property(), f.text(), field, whole));
            case BELLIGERENTS, COMMANDERS, UNITS, STRENGTH -> sideLines(f, rule.reads(), side, out, null);
            case CASUALTIES -> sideLines(f, rule.reads(), side, out, rule.lossKind());
            case ALLIES, OPPONENTS -> {
                var kind = rule.reads() == InfoboxMapping.Reads.ALLIES ? ConflictFacts.RelationKind.ALLY : ConflictFacts.RelationKind.OPPONENT;
                for (FieldItem it : f.items())
                    sides.party(it).ifPresent(p -> out.add(new ConflictFacts.Relation(title, kind, p.name(), p.target(),
                            p.country(), field, provenance(it.text().line() > 0 ? it.text().line() : f.line(), it.text()))));
            }
            case LEADERS -> {
                for (FieldItem it : f.items())
                    sides.commander(it).ifPresent(c -> out.add(new ConflictFacts.Relation(title, ConflictFacts.RelationKind.LEADER,
                            c.name(), c.target(), null, field, provenance(it.text().line() > 0 ? it.text().line() : f.line(), it.text()))));
            }
        }
        return out;
    }

    /** The heading of a side's belligerents, when its field gives one. */
    java.util.Optional<String> heading(int side) { return java.util.Optional.ofNullable(headings.get(side)); }

    private void sideLines(InfoboxField f, InfoboxMapping.Reads reads, int side, List<Fact> out, Node fieldLossKind) {
        int order = 0;
        List<FieldItem> items = f.items();
        for (int i = 0; i < items.size(); i++) {
            FieldItem it = items.get(i);
            Provenance p = provenance(it.text().line() > 0 ? it.text().line() : f.line(), it.text());
            switch (reads) {
                case BELLIGERENTS -> {
                    if (i == 0 && items.size() > 1) {
                        String h = SideHeading.of(it, items.subList(1, items.size()));
                        if (h != null) { headings.putIfAbsent(side, h); continue; }
                    }
                    var party = sides.party(it);
                    if (party.isPresent())
                        out.add(new ConflictFacts.Party(title, side, order++, party.get().name(), party.get().target(),
                                party.get().country(), party.get().flagCountry(), f.name(), p));
                }
                case COMMANDERS -> {
                    var c = sides.commander(it);
                    if (c.isPresent())
                        out.add(new ConflictFacts.Commander(title, side, order++, c.get().name(), c.get().target(), c.get().fates(),
                                f.name(), p));
                }
                case UNITS -> {
                    var u = sides.party(it);
                    if (u.isPresent())
                        out.add(new ConflictFacts.Unit(title, side, order++, u.get().name(), u.get().target(), f.name(), p));
                }
                default -> {
                    String text = ItemParts.trimPunctuation(it.plain());
                    Figures n = Figures.first(text);
                    // "Total strength:" labels the lines under it; "4,000–5,000 killed:" is a figure all the same.
                    if (text.isEmpty() || n == null && it.plain().strip().endsWith(":")) continue;
                    boolean losses = reads == InfoboxMapping.Reads.CASUALTIES;
                    out.add(new ConflictFacts.Figure(title, side, order++, losses, text,
                            n == null ? null : n.figure(), n == null ? null : n.max(), f.name(),
                            !losses ? null : fieldLossKind != null ? fieldLossKind : rules.lossKind(text).orElse(null), p));
                }
            }
        }
    }

    private Provenance provenance(int line, InlineText text) {
        return new Provenance(0, -1, line, doc.citations(text));
    }
}
