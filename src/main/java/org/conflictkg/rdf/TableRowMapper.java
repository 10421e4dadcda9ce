package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.TableRowFact;

/** A row of a keyed table: its first cell names a country, which the table lists. */
final class TableRowMapper implements FactMapper<TableRowFact> {
    private final Iris iris;

    TableRowMapper(Iris iris) { this.iris = iris; }

    @Override public Class<TableRowFact> type() { return TableRowFact.class; }

    @Override
    public void map(TableRowFact r, PageIris page, Emitter out) {
        Node country = CountryDescriber.describe(r.country(), iris, out);
        Node table = TableIris.table(page, r.table());
        out.add(table, Ckg.listsActor, country);
        Node cell = TableIris.cell(page, r.table(), r.row(), 0);
        out.add(cell, Std.type, Ckg.TableCell);
        out.add(cell, Ckg.inTable, table);
        out.integer(cell, Ckg.row, r.row());
        out.integer(cell, Ckg.column, 0);
        out.string(cell, Ckg.text, r.label());
        out.add(cell, Ckg.actor, country);
        if (r.provenance().line() > 0) out.integer(cell, Ckg.line, r.provenance().line());
        for (int c : r.provenance().citations()) out.add(cell, Ckg.cites, page.citation(c));
    }
}
