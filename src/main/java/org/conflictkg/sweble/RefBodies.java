package org.conflictkg.sweble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.RefUse;
import org.sweble.wikitext.engine.nodes.EngPage;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtSection;

/**
 * Parses the bodies of {@code <ref>}s, which Sweble leaves as raw text. All bodies of a page go
 * through Sweble in one call, each under a heading of its own, so a page costs two parses, not
 * one per ref; a body that the batch could not place is parsed alone.
 */
final class RefBodies {
    private static final String MARK = "CKGREF";

    private RefBodies() {}

    static Map<Integer, InlineText> parse(SwebleParser parser, String title, List<RefUse> defining,
                                          TemplateRendering rendering) throws SwebleParser.ParseFailure {
        Map<Integer, InlineText> out = new HashMap<>();
        if (defining.isEmpty()) return out;
        StringBuilder batch = new StringBuilder();
        for (RefUse r : defining)
            batch.append("\n== ").append(MARK).append(r.index()).append(" ==\n").append(r.body()).append('\n');
        collect(parser.parse(title, batch.toString()), rendering, out);
        for (RefUse r : defining) {
            if (out.containsKey(r.index())) continue;
            Map<Integer, InlineText> one = new HashMap<>();
            collect(parser.parse(title, "== " + MARK + r.index() + " ==\n" + r.body()), rendering, one);
            out.put(r.index(), one.getOrDefault(r.index(), InlineText.EMPTY));
        }
        return out;
    }

    private static void collect(EngPage page, TemplateRendering rendering, Map<Integer, InlineText> out) {
        for (WtNode n : page) {
            if (!(n instanceof WtSection s)) continue;
            String heading = Nodes.plain(s.getHeading()).trim();
            if (!heading.startsWith(MARK)) continue;
            try {
                int index = Integer.parseInt(heading.substring(MARK.length()));
                out.put(index, InlineRenderer.render(s.getBody(), new RefCollector(), rendering));
            } catch (NumberFormatException ignored) {
                // a heading inside a ref body that merely looks like ours: leave it to the fallback
            }
        }
    }
}
