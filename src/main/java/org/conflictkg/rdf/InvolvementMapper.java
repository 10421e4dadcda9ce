package org.conflictkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.conflictkg.extract.InvolvementFact;

/** An involvement as its own node, with the table cell it was read from and the cell's citations. */
final class InvolvementMapper implements FactMapper<InvolvementFact> {
    private final Iris iris;

    InvolvementMapper(Iris iris) { this.iris = iris; }

    @Override public Class<InvolvementFact> type() { return InvolvementFact.class; }

    @Override
    public void map(InvolvementFact f, PageIris page, Emitter out) {
        Node cell = TableIris.cell(page, f.table(), f.row(), f.column());
        out.add(cell, Std.type, Ckg.TableCell);
        out.add(cell, Ckg.inTable, TableIris.table(page, f.table()));
        out.integer(cell, Ckg.row, f.row());
        out.integer(cell, Ckg.column, f.column());
        out.string(cell, Ckg.background, f.colour());
        if (f.provenance().line() > 0) out.integer(cell, Ckg.line, f.provenance().line());

        Node inv = page.uri("/involvement/" + f.country().iso3() + "/" + Iris.slug(f.theater()) + "/t" + f.table());
        out.add(inv, Std.type, Ckg.Involvement);
        out.add(inv, Ckg.actor, iris.country(f.country().iso3()));
        out.add(inv, Ckg.theater, iris.theater(f.theater()));
        out.add(inv, Ckg.involvementType, iris.involvementType(f.type()));
        out.add(inv, Ckg.inTableCell, cell);
        // A page's involvement table speaks of the page's own conflict.
        if (page.subject() != null) out.add(inv, Ckg.conflict, page.subject());
        out.typed(inv, Ckg.citationNeeded, Boolean.toString(f.citationNeeded()), XSDDatatype.XSDboolean);
        for (int c : f.provenance().citations()) {
            out.add(inv, Std.provWasDerivedFrom, page.citation(c));
            out.add(cell, Ckg.cites, page.citation(c));
        }
    }
}
