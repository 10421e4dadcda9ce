package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;

import org.conflictkg.doc.RefUse;

/** Numbers every {@code <ref>} of a page in document order as the renderers meet them. */
final class RefCollector {
    private final List<RefUse> refs = new ArrayList<>();

    RefUse add(String name, String group, String body, int line, int offset) {
        RefUse r = new RefUse(refs.size(), name, group, body, line, offset);
        refs.add(r);
        return r;
    }

    List<RefUse> all() { return List.copyOf(refs); }
}
