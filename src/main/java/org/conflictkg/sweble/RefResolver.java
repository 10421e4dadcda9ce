package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.Section;

/**
 * Resolves named refs: a name defined once and reused is one citation; the definition may come
 * after a use. A name used but never defined is a warning with its location, not a failure.
 */
final class RefResolver {
    record Result(List<RefUse> defining, Map<Integer, Integer> definition) {}

    private RefResolver() {}

    static Result resolve(String page, List<RefUse> refs, List<Section> sections, Consumer<Diagnostic> diagnostics) {
        Map<String, RefUse> byName = new HashMap<>();
        List<RefUse> defining = new ArrayList<>();
        Map<Integer, Integer> definition = new HashMap<>();
        for (RefUse r : refs) {
            if (!r.defines()) continue;
            defining.add(r);
            definition.put(r.index(), r.index());
            if (r.name() == null) continue;
            RefUse first = byName.putIfAbsent(key(r), r);
            if (first != null && !first.body().strip().equals(r.body().strip()))
                diagnostics.accept(Diagnostic.warning(page, sectionOf(r, sections), r.line(),
                        "<ref name=\"" + r.name() + "\"> is defined twice with different content; both kept"));
        }
        for (RefUse r : refs) {
            if (r.defines()) continue;
            RefUse def = r.name() == null ? null : byName.get(key(r));
            if (def != null) definition.put(r.index(), def.index());
            else diagnostics.accept(Diagnostic.warning(page, sectionOf(r, sections), r.line(),
                    r.name() == null ? "empty <ref> without a name, ignored"
                            : "<ref name=\"" + r.name() + "\"/> is used but never defined on this page (dangling reference)"));
        }
        return new Result(defining, definition);
    }

    private static String key(RefUse r) {
        return (r.group() == null ? "" : r.group()) + "\u0000" + r.name();
    }

    /** The heading path of the section whose text holds the ref, for the warning's location. */
    private static String sectionOf(RefUse r, List<Section> sections) {
        for (Section s : sections)
            for (Paragraph p : s.paragraphs())
                if (p.content().refs().stream().anyMatch(x -> x.index() == r.index())) return s.pathString();
        String best = "";
        for (Section s : sections) if (s.line() > 0 && s.line() <= r.line()) best = s.pathString();
        return best;
    }
}
