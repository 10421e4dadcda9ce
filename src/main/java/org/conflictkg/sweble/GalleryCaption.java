package org.conflictkg.sweble;

import java.util.List;

/**
 * The caption of one image of a {@code <gallery>}, whose body Sweble keeps raw: one image per line,
 * "File:Name.jpg|alt=...|Caption", the caption being the last part that is not an option.
 *
 * @param section the index of the section the gallery stands in
 * @param line    source line of the image
 * @param text    the caption's wikitext
 */
record GalleryCaption(int section, int line, String text) {
    private static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile("^\\s*(alt|link|page|class|lang|upright|thumbtime)\\s*=.*|^\\s*\\d+px\\s*$");

    /** Adds the captions of a gallery's lines to {@code out}. */
    static void of(InlineRenderer.Gallery g, int section, List<GalleryCaption> out) {
        String[] lines = g.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim();
            int bar = l.indexOf('|');
            if (bar < 0) continue;
            List<String> parts = split(l.substring(bar + 1));
            for (int k = parts.size() - 1; k >= 0; k--)
                if (!parts.get(k).isBlank() && !OPTION.matcher(parts.get(k)).matches()) {
                    out.add(new GalleryCaption(section, g.line() + i, parts.get(k).trim()));
                    break;
                }
        }
    }

    /** Splits at the bars outside links and templates ("[[A|B]] text|alt=x" is two parts). */
    static List<String> split(String s) {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '[' || c == '{') && i + 1 < s.length() && s.charAt(i + 1) == c) { depth++; i++; }
            else if ((c == ']' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) { depth = Math.max(0, depth - 1); i++; }
            else if (c == '|' && depth == 0) { out.add(s.substring(from, i)); from = i + 1; }
        }
        out.add(s.substring(from));
        return out;
    }
}
