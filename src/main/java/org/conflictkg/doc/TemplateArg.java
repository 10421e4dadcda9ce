package org.conflictkg.doc;

/**
 * One argument of a template: {@code name} is null for a positional argument.
 * The value is kept as rendered text with its own links and templates.
 */
public record TemplateArg(String name, InlineText value) {
    public TemplateArg {
        name = name == null ? null : name.trim();
    }

    public String text() { return value.text().trim(); }
}
