package org.conflictkg.doc;

/** An external link, bracketed ({@code [url label]}) or bare, at {@code [start, end)} of the enclosing text. */
public record ExternalLink(String url, String label, int start, int end) {
    ExternalLink shift(int delta) { return new ExternalLink(url, label, start + delta, end + delta); }
}
