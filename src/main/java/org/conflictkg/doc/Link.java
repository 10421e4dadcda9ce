package org.conflictkg.doc;

import org.conflictkg.text.Spaces;

/**
 * A wikilink as a reader sees it: the target page and the visible label, at {@code [start, end)}
 * of the enclosing text.
 */
public record Link(String target, String label, int start, int end) {
    /** The target without a {@code #fragment}, first letter upper-cased as MediaWiki does. */
    public String page() {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) t = t.substring(0, hash);
        t = Spaces.collapse(t.replace('_', ' '));
        if (t.isEmpty() || Character.isUpperCase(t.charAt(0))) return t;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    Link shift(int delta) { return new Link(target, label, start + delta, end + delta); }
}
