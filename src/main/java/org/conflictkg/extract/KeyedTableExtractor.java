package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Table;
import org.conflictkg.doc.TableCell;
import org.conflictkg.doc.TableGrid;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.Templates;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;

/**
 * Reads any wikitable that carries a colour key ({@code {{color box|COLOUR|LABEL}}},
 * {@code {{legend|COLOUR|LABEL}}}): the key gives each colour its meaning, the column headers name
 * theaters, the first column names countries, and every cell coloured by the key is an involvement.
 * Nothing about a particular table is in code: a recoloured cell, a new key entry, row or column
 * changes the facts.
 */
public final class KeyedTableExtractor implements Extractor {
    private static final Set<String> KEY_TEMPLATES = Set.of("color box", "colorbox", "colour box", "legend",
            "legend inline", "legend0", "legend2", "color legend");
    private static final Set<String> CITATION_NEEDED = Set.of("citation needed", "cn", "fact", "citation needed span");

    private final MappingRules rules;
    private final CountryRecognizer countries;

    public KeyedTableExtractor(MappingRules rules, CountryRecognizer countries) {
        this.rules = rules;
        this.countries = countries;
    }

    @Override public String name() { return "keyed-tables"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        for (Section s : doc.sections())
            for (Table t : s.tables()) {
                Map<String, String> key = key(t);
                if (!key.isEmpty()) read(doc, s, t, key, out, diagnostics);
            }
        return out;
    }

    /** Colour (normalised) to label, in the key's order. */
    static Map<String, String> key(Table t) {
        Map<String, String> key = new LinkedHashMap<>();
        List<InlineText> places = new ArrayList<>();
        places.add(t.caption());
        t.rows().forEach(r -> r.cells().stream().filter(TableCell::header).forEach(c -> places.add(c.content())));
        for (InlineText place : places)
            for (Template tp : Templates.deep(place))
                if (KEY_TEMPLATES.contains(tp.name()) && !tp.positional(1).isEmpty() && !tp.positional(2).isEmpty())
                    key.putIfAbsent(colour(tp.positional(1)), tp.positional(2));
        return key;
    }

    static String colour(String c) {
        return c.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private void read(WikiDocument doc, Section s, Table t, Map<String, String> key, List<Fact> out,
                      Consumer<Diagnostic> diagnostics) {
        TableGrid g = TableGrid.of(t);
        int header = -1, first = -1;
        for (int r = 0; r < g.rowCount(); r++) {
            if (g.isHeaderRow(r)) { if (g.distinctCells(r) >= 2) header = r; }
            else { first = r; break; }
        }
        if (header < 0 || first < 0) {
            diagnostics.accept(Diagnostic.warning(doc.page().title(), s.pathString(), t.line(),
                    "a table with a colour key has no column header row or no data rows; skipped"));
            return;
        }
        List<KeyedTable.Column> columns = new ArrayList<>();
        for (TableGrid.Slot slot : g.row(header)) {
            if (!slot.origin() || slot.column() == 0) continue;
            InlineText h = slot.cell().content();
            String theater = rules.theaterOfColumn(h.text()).orElse(null);
            columns.add(new KeyedTable.Column(slot.column(), h.text(), theater, note(doc, h)));
        }
        List<KeyedTable.KeyEntry> entries = key.entrySet().stream().map(e -> new KeyedTable.KeyEntry(e.getKey(), e.getValue())).toList();
        out.add(new KeyedTable(t.index(), t.caption().text().isBlank() ? s.heading() : t.caption().text(), entries, columns,
                new Provenance(s.index(), -1, t.line(), List.of())));
        for (int r = first; r < g.rowCount(); r++) {
            TableGrid.Slot label = g.at(r, 0);
            if (label == null || label.cell().header() && g.isHeaderRow(r)) continue;
            InlineText lt = label.cell().content();
            Optional<Country> country = countries.ofCell(lt);
            if (country.isEmpty()) {
                diagnostics.accept(Diagnostic.warning(doc.page().title(), s.pathString(), label.cell().line(),
                        "table row " + r + ": no country recognised in '" + lt.text() + "'; row skipped"));
                continue;
            }
            out.add(new TableRowFact(t.index(), r, lt.text(), country.get(),
                    new Provenance(s.index(), -1, label.cell().line(), doc.citations(lt))));
            for (KeyedTable.Column col : columns) {
                if (col.theater() == null) continue;
                TableGrid.Slot slot = g.at(r, col.index());
                if (slot == null) continue;
                TableCell cell = slot.cell();
                String bg = colour(cell.background());
                if (bg.isEmpty()) continue;
                String type = key.get(bg);
                if (type == null) {
                    diagnostics.accept(Diagnostic.warning(doc.page().title(), s.pathString(), cell.line(),
                            "cell colour '" + cell.background() + "' (row " + r + ", column " + col.index()
                                    + ") is not in the table's key; cell skipped"));
                    continue;
                }
                boolean cn = cell.content().templates().stream().anyMatch(x -> CITATION_NEEDED.contains(x.name()));
                out.add(new InvolvementFact(t.index(), r, col.index(), country.get(), col.theater(), type, bg, cn,
                        new Provenance(s.index(), -1, cell.line(), doc.citations(cell.content()))));
            }
        }
    }

    /** The text of the footnotes in a header cell ("Including Cameroon, Chad, and Niger"). */
    private static String note(WikiDocument doc, InlineText header) {
        List<String> notes = new ArrayList<>();
        for (RefUse r : header.refs())
            doc.definitionOf(r).map(d -> doc.refBodies().get(d.index())).map(b -> b.text().trim())
                    .filter(x -> !x.isEmpty()).ifPresent(notes::add);
        return String.join(" ", notes);
    }
}
