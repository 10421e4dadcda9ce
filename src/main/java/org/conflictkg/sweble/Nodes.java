package org.conflictkg.sweble;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.fau.cs.osr.ptk.common.ast.AstLocation;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtText;
import org.sweble.wikitext.parser.nodes.WtXmlAttribute;
import org.sweble.wikitext.parser.nodes.WtXmlEntityRef;

/** Small helpers over Sweble nodes: source lines, attribute maps, plain text of a subtree. */
final class Nodes {
    private Nodes() {}

    /** The first source line found in the subtree, or 0. */
    static int line(WtNode n) {
        AstLocation loc = n.getNativeLocation();
        if (loc != null) return loc.getLine();
        for (WtNode c : n) {
            int l = line(c);
            if (l > 0) return l;
        }
        return 0;
    }

    /** Line breaks in the text of a subtree (a template's source lines, less one). */
    static int newlines(WtNode n) {
        if (n instanceof WtText t) return newlines(t.getContent());
        int k = 0;
        for (WtNode c : n) k += newlines(c);
        return k;
    }

    static int newlines(String s) { return newlines(s, 0, s.length()); }

    /** Line breaks in {@code s} between {@code from} and {@code to}. */
    static int newlines(String s, int from, int to) {
        int k = 0;
        for (int i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) k++;
        return k;
    }

    /** Attributes with lower-cased names and plain-text values. */
    static Map<String, String> attributes(WtNode xmlAttributes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (WtNode a : xmlAttributes) {
            if (a instanceof WtXmlAttribute attr && attr.getName().isResolved()) {
                String v = attr.hasValue() ? plain(attr.getValue()).trim() : "";
                m.put(attr.getName().getAsString().toLowerCase(Locale.ROOT), v);
            }
        }
        return m;
    }

    /** Concatenated text of a subtree, entities resolved, markup dropped. */
    static String plain(WtNode n) {
        if (n.size() == 1 && n.get(0) instanceof WtText t) return t.getContent(); // most names: one text node
        StringBuilder sb = new StringBuilder();
        plain(n, sb);
        return sb.toString();
    }

    private static void plain(WtNode n, StringBuilder sb) {
        if (n instanceof WtText t) sb.append(t.getContent());
        else if (n instanceof WtXmlEntityRef e) sb.append(e.getResolved() == null ? "" : e.getResolved());
        else for (WtNode c : n) plain(c, sb);
    }
}
