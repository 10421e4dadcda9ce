package org.conflictkg.doc;

import java.util.List;

/**
 * A section of a page. Section 0 is the lead (empty heading and path).
 *
 * @param index  position in document order
 * @param level  heading level (2 for {@code ==}); 1 for the lead
 * @param path   headings from the top section down to this one
 * @param parent index of the enclosing section, -1 for the lead
 * @param blocks this section's own blocks (not its subsections')
 */
public record Section(int index, int level, String heading, List<String> path, int parent, int line,
                      List<Block> blocks) {

    public String pathString() { return String.join(" > ", path); }

    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public List<Template> blockTemplates() {
        return blocks.stream().filter(BlockTemplate.class::isInstance)
                .map(b -> ((BlockTemplate) b).template()).toList();
    }
}
