package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;

import org.sweble.wikitext.engine.nodes.EngPage;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtSection;

/**
 * Parses many small wikitexts that Sweble left raw (ref bodies, infobox fields, gallery captions)
 * in one call: each goes under a heading of its own, so a page costs one more parse, not one per
 * text. A text that the batch could not place (it holds a heading of its own) is parsed alone.
 */
final class BatchParse {
    private static final String MARK = "CKGPART";

    /** The parsed body of each text, and the line of the batch where that body starts. */
    record Part(List<WtNode> nodes, int firstLine) {}

    private BatchParse() {}

    /** One part per text, in order; an unparsable text gives an empty part. */
    static List<Part> parse(SwebleParser parser, String title, List<String> texts) throws SwebleParser.ParseFailure {
        List<Part> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) out.add(null);
        if (texts.isEmpty()) return out;
        StringBuilder batch = new StringBuilder();
        int[] firstLine = new int[texts.size()];
        int line = 1;
        for (int i = 0; i < texts.size(); i++) {
            batch.append("\n== ").append(MARK).append(i).append(" ==\n");
            line += 2;
            firstLine[i] = line;
            batch.append(texts.get(i)).append('\n');
            line += Nodes.newlines(texts.get(i)) + 1;
        }
        collect(parser.parse(title, batch.toString()), firstLine, out);
        for (int i = 0; i < texts.size(); i++) {
            if (out.get(i) != null) continue;
            Part alone = alone(parser.parse(title, "== " + MARK + i + " ==\n" + texts.get(i)), i);
            out.set(i, alone != null ? alone : new Part(List.of(), 2));
        }
        return out;
    }

    private static void collect(EngPage page, int[] firstLine, List<Part> out) {
        for (WtNode n : page) {
            int index = index(n);
            if (index >= 0 && index < out.size() && out.get(index) == null)
                out.set(index, new Part(body((WtSection) n), firstLine[index]));
        }
    }

    private static Part alone(EngPage page, int wanted) {
        for (WtNode n : page)
            if (index(n) == wanted) return new Part(body((WtSection) n), 2);
        return null;
    }

    private static List<WtNode> body(WtSection s) {
        List<WtNode> nodes = new ArrayList<>();
        for (WtNode c : s.getBody()) nodes.add(c);
        return nodes;
    }

    /** The number of one of our headings, or -1 (also for a heading inside a text that merely looks like ours). */
    private static int index(WtNode n) {
        if (!(n instanceof WtSection s)) return -1;
        String heading = Nodes.plain(s.getHeading()).trim();
        if (!heading.startsWith(MARK)) return -1;
        try {
            return Integer.parseInt(heading.substring(MARK.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
