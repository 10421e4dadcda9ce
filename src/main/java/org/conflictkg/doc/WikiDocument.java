package org.conflictkg.doc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictkg.source.SourcePage;

/**
 * A parsed page: sections in document order, every {@code <ref>} and the parsed body of each
 * defining ref, the infoboxes of its lead and its categories. Refs are resolved by name:
 * {@link #definitionOf(RefUse)} gives the ref that defines a reuse, or empty for a dangling name.
 *
 * @param refBodies  parsed body of each defining ref, by {@link RefUse#index()}
 * @param definition for each ref index, the index of the ref that defines it (itself when it has a body)
 * @param infoboxes  the infoboxes of the lead, in order: the first describes the page's own subject
 * @param categories the page's categories, in order
 */
public record WikiDocument(SourcePage page, List<Section> sections, List<RefUse> refs,
                           Map<Integer, InlineText> refBodies, Map<Integer, Integer> definition,
                           List<Infobox> infoboxes, List<Category> categories) {

    public WikiDocument(SourcePage page, List<Section> sections, List<RefUse> refs,
                        Map<Integer, InlineText> refBodies, Map<Integer, Integer> definition) {
        this(page, sections, refs, refBodies, definition, List.of(), List.of());
    }

    public Optional<RefUse> definitionOf(RefUse use) {
        Integer d = definition.get(use.index());
        return d == null ? Optional.empty() : Optional.of(refs.get(d));
    }

    public Section section(int index) { return sections.get(index); }

    /** The defining refs of the refs standing in {@code text}, in order, without repeats; dangling ones left out. */
    public List<Integer> citations(InlineText text) {
        return text.refs().stream().map(r -> definition.get(r.index())).filter(java.util.Objects::nonNull)
                .distinct().toList();
    }
}
