package org.conflictkg.doc;

/** A block of a section body, in document order. */
public sealed interface Block permits Paragraph, Table, BlockTemplate {
    int line();
}
