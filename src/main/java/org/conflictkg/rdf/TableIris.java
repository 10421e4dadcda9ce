package org.conflictkg.rdf;

import org.apache.jena.graph.Node;

/** IRIs of a page's tables, their cells and their keys. */
final class TableIris {
    private TableIris() {}

    static Node table(PageIris page, int table) { return page.uri("/table/" + table); }

    static Node cell(PageIris page, int table, int row, int column) {
        return page.uri("/table/" + table + "/cell/" + row + "-" + column);
    }

    static Node keyScheme(PageIris page, int table) { return page.uri("/table/" + table + "/key"); }
}
