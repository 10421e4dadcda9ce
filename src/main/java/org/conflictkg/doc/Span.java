package org.conflictkg.doc;

/** A stretch {@code [start, end)} of text with a style, such as italics. */
public record Span(int start, int end) {
    Span shift(int delta) { return new Span(start + delta, end + delta); }
}
