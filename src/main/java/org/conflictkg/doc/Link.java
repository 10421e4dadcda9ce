package org.conflictkg.doc;

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
        t = collapseSpaces(t.replace('_', ' '));
        if (t.isEmpty() || Character.isUpperCase(t.charAt(0))) return t;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** Trimmed, with each run of whitespace as one space (a loop: this runs for every link of a page). */
    private static String collapseSpaces(String s) {
        StringBuilder sb = null;
        boolean space = false;
        int start = 0, end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c);
            if (ws && (space || c != ' ') && sb == null) sb = new StringBuilder(s.substring(start, i));
            if (sb != null && !(ws && space)) sb.append(ws ? ' ' : c);
            space = ws;
        }
        return sb != null ? sb.toString() : s.substring(start, end);
    }

    Link shift(int delta) { return new Link(target, label, start + delta, end + delta); }
}
