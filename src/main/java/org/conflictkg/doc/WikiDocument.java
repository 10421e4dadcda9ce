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
 * @param infoboxes  the infoboxes of the page, in order, each with its section: the first of the lead
 *                   describes the page's own subject, one in a section that section's subject
 * @param categories the page's categories, in order
 * @param transcluded pages of other inputs that the lead transcludes and that hold an infobox
 *                    ({@code {{Some war infobox}}} and its template page), each parsed on its own
 */
public record WikiDocument(SourcePage page, List<Section> sections, List<RefUse> refs,
                           Map<Integer, InlineText> refBodies, Map<Integer, Integer> definition,
                           List<Infobox> infoboxes, List<Category> categories, List<WikiDocument> transcluded) {

    public WikiDocument(SourcePage page, List<Section> sections, List<RefUse> refs,
                        Map<Integer, InlineText> refBodies, Map<Integer, Integer> definition,
                        List<Infobox> infoboxes, List<Category> categories) {
        this(page, sections, refs, refBodies, definition, infoboxes, categories, List.of());
    }

    /** The same page with the documents of the templates its lead transcludes. */
    public WikiDocument withTranscluded(List<WikiDocument> docs) {
        return new WikiDocument(page, sections, refs, refBodies, definition, infoboxes, categories, List.copyOf(docs));
    }

    /** The templates the lead calls, in order: standalone ones ({@code {{X infobox}}} on its own line) and inline ones. */
    public List<Template> leadTemplates() {
        if (sections.isEmpty()) return List.of();
        List<Template> out = new java.util.ArrayList<>();
        for (Block b : sections.get(0).blocks()) {
            if (b instanceof BlockTemplate t) out.add(t.template());
            else if (b instanceof Paragraph p) out.addAll(p.content().templates());
        }
        return out;
    }

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
