package org.conflictkg.text;

/** Whitespace as names compare it: titles, template names and country names. */
public final class Spaces {
    private Spaces() {}

    /**
     * Trimmed, with each run of whitespace as one space. A loop rather than a regex, and no copy when
     * nothing changes: it runs for every link and template of every page.
     */
    public static String collapse(String s) {
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
}
