package org.conflictkg.sweble;

import java.util.Set;

/**
 * Counts the HTML elements left open at the end of a line (a {@code <blockquote>}, {@code <gallery>}
 * or {@code <div>} that spans lines), so that a long section is never cut inside one. Void and
 * self-closing elements do not count; an unbalanced close never goes below zero.
 */
final class OpenElements {
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "area", "col", "embed", "input", "meta", "source", "track");

    private OpenElements() {}

    /** The number of open elements after the line {@code s[start, end)}, given {@code open} before it. */
    static int after(char[] s, int start, int end, int open) {
        for (int i = start; i + 1 < end; i++) {
            if (s[i] != '<') continue;
            boolean closing = s[i + 1] == '/';
            int n = closing ? i + 2 : i + 1;
            int nameEnd = n;
            while (nameEnd < end && nameEnd - n < 20 && Character.isLetterOrDigit(s[nameEnd])) nameEnd++;
            if (nameEnd == n || !Character.isLetter(s[n])) continue;
            String name = new String(s, n, nameEnd - n).toLowerCase(java.util.Locale.ROOT);
            if (VOID.contains(name)) continue;
            if (closing) { open = Math.max(0, open - 1); continue; }
            int gt = nameEnd;
            while (gt < end && s[gt] != '>' && s[gt] != '<') gt++;
            if (gt < end && s[gt] == '>' && s[gt - 1] == '/') continue; // <x ... />
            open++;
            i = nameEnd - 1;
        }
        return open;
    }
}
