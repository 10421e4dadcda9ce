package org.conflictkg.doc;

/** A template standing alone on its line, such as {@code {{Main|...}}} or a hatnote. */
public record BlockTemplate(Template template) implements Block {
    @Override public int line() { return template.line(); }
}
