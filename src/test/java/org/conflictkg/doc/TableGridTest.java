package org.conflictkg.doc;

import static org.junit.jupiter.api.Assertions.*;

import org.conflictkg.Fixtures;
import org.junit.jupiter.api.Test;

class TableGridTest {
    @Test
    void rowAndColumnSpansAreExpanded() {
        Table t = Fixtures.doc("""
                {| class="wikitable"
                ! rowspan=2 | A !! colspan=2 | B
                |-
                ! B1 !! B2
                |-
                | a || b1 || b2
                |}
                """).section(0).tables().get(0);
        TableGrid g = TableGrid.of(t);
        assertEquals(3, g.rowCount());
        assertEquals("A", g.at(1, 0).cell().content().text());
        assertFalse(g.at(1, 0).origin());
        assertEquals("B", g.at(0, 2).cell().content().text());
        assertEquals("B1", g.at(1, 1).cell().content().text());
        assertEquals("b2", g.at(2, 2).cell().content().text());
        assertEquals(2, g.distinctCells(0));
        assertTrue(g.isHeaderRow(1));
        assertFalse(g.isHeaderRow(2));
    }
}
