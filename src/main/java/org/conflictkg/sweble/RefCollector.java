package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.RefUse;

/**
 * Numbers every {@code <ref>} of a page in document order as the renderers meet them, and keeps
 * the bodies that were parsed in place (see {@link RefMarks}).
 */
final class RefCollector {
    private final List<RefUse> refs = new ArrayList<>();
    private final Map<Integer, InlineText> bodies = new HashMap<>();
    private final List<RefMarks.Mark> marks;

    RefCollector() { this(List.of()); }

    RefCollector(List<RefMarks.Mark> marks) { this.marks = marks; }

    RefUse add(String name, String group, String body, int line, int offset) {
        RefUse r = new RefUse(refs.size(), name, group, body, line, offset);
        refs.add(r);
        return r;
    }

    /** A ref rewritten by {@link RefMarks}, with its body already rendered (or null for a reuse). */
    RefUse addMarked(int mark, String name, String group, InlineText rendered, int offset) {
        RefMarks.Mark m = marks.get(mark);
        RefUse r = add(name, group, m.body(), m.line(), offset);
        if (r.defines() && rendered != null) bodies.put(r.index(), rendered);
        return r;
    }

    boolean hasMark(int mark) { return mark >= 0 && mark < marks.size(); }

    List<RefUse> all() { return List.copyOf(refs); }

    /** Bodies parsed in place, by ref index. */
    Map<Integer, InlineText> bodies() { return bodies; }
}
