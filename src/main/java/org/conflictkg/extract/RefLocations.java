package org.conflictkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.Table;
import org.conflictkg.doc.TableCell;
import org.conflictkg.doc.TableRow;
import org.conflictkg.doc.WikiDocument;

/** Where each ref of a page stands: its section and sentence (-1 in a table cell or heading). */
final class RefLocations {
    private RefLocations() {}

    static Map<Integer, Provenance> of(WikiDocument doc) {
        Map<Integer, Provenance> at = new HashMap<>();
        for (Section s : doc.sections()) {
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences())
                    for (RefUse r : sen.content().refs())
                        at.putIfAbsent(r.index(), new Provenance(s.index(), sen.index(), r.line(), List.of()));
            for (Table t : s.tables())
                for (TableRow row : t.rows())
                    for (TableCell c : row.cells())
                        for (RefUse r : c.content().refs())
                            at.putIfAbsent(r.index(), new Provenance(s.index(), -1, r.line(), List.of()));
        }
        return at;
    }

    /** The location of a ref, falling back to the last section that starts before its line. */
    static Provenance locate(WikiDocument doc, Map<Integer, Provenance> at, RefUse r) {
        Provenance p = at.get(r.index());
        if (p != null) return p;
        int section = 0;
        for (Section s : doc.sections()) if (s.line() > 0 && s.line() <= r.line()) section = s.index();
        return new Provenance(section, -1, r.line(), List.of());
    }
}
