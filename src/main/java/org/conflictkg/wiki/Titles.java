package org.conflictkg.wiki;

import org.conflictkg.text.Spaces;

/** Page titles in the form MediaWiki stores them: spaces, single and trimmed, the first letter upper-case. */
public final class Titles {
    private Titles() {}

    /** "battle_of  Mosul" becomes "Battle of Mosul"; a {@code #fragment} is kept as written. */
    public static String normalise(String title) {
        String t = Spaces.collapse(title.replace('_', ' '));
        if (t.startsWith(":")) t = t.substring(1).strip();
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) return t;
        return t.substring(0, t.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + t.substring(t.offsetByCodePoints(0, 1));
    }

    /** The title without its {@code #fragment}. */
    public static String page(String title) {
        int hash = title.indexOf('#');
        return hash < 0 ? title : title.substring(0, hash).strip();
    }

    /** The {@code #fragment} with its hash, or "". */
    public static String fragment(String title) {
        int hash = title.indexOf('#');
        return hash < 0 ? "" : title.substring(hash);
    }

    /** The MediaWiki namespace number a title's prefix gives (0 for articles): only the ones this project reads. */
    public static int namespace(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) return 0;
        String prefix = title.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (prefix) {
            case "template" -> 10;
            case "category" -> 14;
            case "wikipedia" -> 4;
            case "file", "image" -> 6;
            case "module" -> 828;
            default -> 0;
        };
    }
}
