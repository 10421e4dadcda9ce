package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;

import org.sweble.wikitext.parser.nodes.WtNode;

/**
 * The one parse a page gets. Ref bodies are rewritten to be parsed in place ({@link RefMarks}),
 * and the page is cut before each top-level heading (level 1 or 2, outside templates and
 * tables), each piece parsed alone: Sweble's packrat parser keeps a memo entry per character of
 * its input until the parse ends, so pieces hold that memory to a section's size, not the page's,
 * and two threads do not fill the heap. Each piece is preceded by as many newlines as there are
 * lines before it, so that Sweble reports the page's own line numbers.
 */
final class PageParse {
    /** Top-level nodes of all pieces in page order, the rewritten refs, and the source line of every heading. */
    record Parsed(List<WtNode> nodes, List<RefMarks.Mark> marks, List<Integer> headingLines) {}

    private PageParse() {}

    static Parsed parse(SwebleParser parser, String title, String text) throws SwebleParser.ParseFailure {
        HeadingLines.Found headings = HeadingLines.find(text);
        RefMarks.Marked marked = RefMarks.of(text); // keeps lines, so the cut lines hold for it too
        List<WtNode> nodes = new ArrayList<>();
        for (String piece : pieces(marked.text(), headings.cuts())) {
            org.conflictkg.diag.PageDeadline.check();
            for (WtNode n : parser.parse(title, piece)) nodes.add(n);
        }
        return new Parsed(nodes, marked.marks(), headings.lines());
    }

    /** The text cut at the start of each of the given lines (1-based, ascending), each piece padded to its line. */
    static List<String> pieces(String text, List<Integer> cutLines) {
        List<String> out = new ArrayList<>();
        int from = 0, fromLine = 1, line = 1, k = 0;
        for (int i = 0; i <= text.length() && k < cutLines.size(); i++) {
            boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
            if (i > 0 && text.charAt(i - 1) == '\n') line++;
            if (!lineStart || line != cutLines.get(k)) continue;
            k++;
            if (i == from) continue;
            out.add("\n".repeat(fromLine - 1) + text.substring(from, i));
            from = i;
            fromLine = line;
        }
        out.add("\n".repeat(fromLine - 1) + text.substring(from));
        return out;
    }
}
