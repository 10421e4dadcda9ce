package org.conflictkg.doc;

import java.util.List;

/**
 * A paragraph, a list item or the caption of an image, split into sentences. Captions are read
 * like prose: a battle may be named only under its photograph.
 */
public record Paragraph(InlineText content, List<Sentence> sentences, boolean listItem, boolean caption) implements Block {
    public Paragraph(InlineText content, List<Sentence> sentences, boolean listItem) {
        this(content, sentences, listItem, false);
    }

    @Override public int line() { return content.line(); }
}
