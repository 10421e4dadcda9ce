package org.conflictkg.doc;

import java.util.List;

/** A paragraph or a list item, split into sentences. */
public record Paragraph(InlineText content, List<Sentence> sentences, boolean listItem) implements Block {
    @Override public int line() { return content.line(); }
}
