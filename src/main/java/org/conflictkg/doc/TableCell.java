package org.conflictkg.doc;

import java.util.Locale;
import java.util.Map;

/**
 * A table cell with its attributes (names lower-cased) and content.
 */
public record TableCell(boolean header, Map<String, String> attributes, InlineText content,
                        int rowspan, int colspan, int line) {

    public String attribute(String name) { return attributes.getOrDefault(name, ""); }

    /**
     * The background colour from {@code style="background: X"}, {@code background-color} or
     * {@code bgcolor}, lower-cased; "" when the cell has none.
     */
    public String background() {
        String style = attribute("style");
        for (String decl : style.split(";")) {
            int colon = decl.indexOf(':');
            if (colon < 0) continue;
            String prop = decl.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (prop.equals("background") || prop.equals("background-color")) {
                String v = decl.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                v = v.replace("!important", "").trim();
                return v.split("\\s+")[0];
            }
        }
        return attribute("bgcolor").trim().toLowerCase(Locale.ROOT);
    }
}
