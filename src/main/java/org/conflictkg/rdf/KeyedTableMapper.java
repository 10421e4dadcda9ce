package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.KeyedTable;
import org.conflictkg.mapping.MappingRules;

/** A keyed table: the table, its key as a SKOS concept scheme (aligned by mapping.ttl), its column theaters. */
final class KeyedTableMapper implements FactMapper<KeyedTable> {
    private final Iris iris;
    private final MappingRules rules;

    KeyedTableMapper(Iris iris, MappingRules rules) {
        this.iris = iris;
        this.rules = rules;
    }

    @Override public Class<KeyedTable> type() { return KeyedTable.class; }

    @Override
    public void map(KeyedTable t, PageIris page, Emitter out) {
        Node table = TableIris.table(page, t.table());
        out.add(table, Std.type, Ckg.Table);
        out.english(table, Std.label, t.title());
        out.add(table, Ckg.inSection, page.section(t.provenance().section()));
        out.add(table, Ckg.inPage, page.page());
        if (t.provenance().line() > 0) out.integer(table, Ckg.line, t.provenance().line());
        Node scheme = TableIris.keyScheme(page, t.table());
        out.add(scheme, Std.type, Std.skosConceptScheme);
        out.english(scheme, Std.label, "Key of the table '" + t.title() + "'");
        int order = 0;
        for (KeyedTable.KeyEntry e : t.key()) {
            Node concept = iris.involvementType(e.label());
            out.add(concept, Std.type, Ckg.InvolvementType);
            out.add(concept, Std.type, Std.skosConcept);
            out.english(concept, Std.skosPrefLabel, e.label());
            out.add(concept, Std.skosInScheme, scheme);
            out.add(scheme, Std.skosHasTopConcept, concept);
            out.string(concept, Ckg.background, e.colour());
            out.integer(concept, Ckg.order, order++);
            for (Node[] m : rules.alignmentsFor(e.label())) out.add(concept, m[0], m[1]);
        }
        for (KeyedTable.Column c : t.columns()) {
            if (c.theater() == null) continue;
            Node theater = iris.theater(c.theater());
            out.add(theater, Std.type, Ckg.Theater);
            out.english(theater, Std.label, c.theater());
            out.string(theater, Ckg.note, c.note());
            Node cell = TableIris.cell(page, t.table(), 0, c.index());
            out.add(cell, Std.type, Ckg.TableCell);
            out.add(cell, Ckg.inTable, table);
            out.integer(cell, Ckg.row, 0);
            out.integer(cell, Ckg.column, c.index());
            out.add(cell, Ckg.theater, theater);
        }
    }
}
