package org.conflictkg.extract;

import java.util.List;

/**
 * Where a fact was read: the section, the sentence (or -1), the source line and the refs that
 * support it (indices of defining refs, see {@link org.conflictkg.doc.WikiDocument#definition()}).
 * The page is the document the fact was extracted from.
 */
public record Provenance(int section, int sentence, int line, List<Integer> citations) {
    public Provenance {
        citations = List.copyOf(citations);
    }
}
