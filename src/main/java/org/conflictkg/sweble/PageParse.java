package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.sweble.wikitext.parser.nodes.WtNode;

/**
 * The one parse a page gets. Ref bodies are rewritten to be parsed in place ({@link RefMarks}),
 * and the page is cut before each top-level heading (level 1 or 2, outside templates and
 * tables), each piece parsed alone: Sweble's packrat parser keeps a memo entry per character of
 * its input until the parse ends, so pieces hold that memory to a section's size, not the page's,
 * and two threads do not fill the heap. A long section is cut further ({@link PieceCuts}). The lines
 * Sweble reports for a piece are moved to the page's own ({@link LineShift}).
 */
final class PageParse {
    /**
     * Top-level nodes of all pieces in page order, the rewritten refs, the source line of every
     * heading, and the first node of each continuation piece, whose lines are exact again.
     */
    record Parsed(List<WtNode> nodes, List<RefMarks.Mark> marks, List<Integer> headingLines, Set<WtNode> anchors) {}

    private PageParse() {}

    static Parsed parse(SwebleParser parser, String title, String text) throws SwebleParser.ParseFailure {
        return parse(parser, title, text, PieceCuts.Limits.DEFAULT);
    }

    static Parsed parse(SwebleParser parser, String title, String text, PieceCuts.Limits limits) throws SwebleParser.ParseFailure {
        HeadingLines.Found headings = HeadingLines.find(text);
        RefMarks.Marked marked = RefMarks.of(text); // keeps lines, so the cut lines hold for it too
        List<PieceCuts.Cut> cuts = PieceCuts.of(marked.text(), headings.cuts(), headings.quiet(), limits);
        List<WtNode> nodes = new ArrayList<>();
        Set<WtNode> anchors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Piece piece : cut(marked.text(), cuts)) {
            org.conflictkg.diag.PageDeadline.check();
            List<WtNode> parsed = new ArrayList<>();
            for (WtNode n : parser.parse(title, piece.text())) parsed.add(n);
            LineShift.shift(parsed, piece.firstLine() - 1);
            if (piece.continuation() && !parsed.isEmpty()) anchors.add(parsed.get(0));
            if (piece.continuation()) SectionContinuation.append(nodes, parsed);
            else nodes.addAll(parsed);
        }
        return new Parsed(nodes, marked.marks(), headings.lines(), anchors);
    }

    /** A piece of the page starting at a line of it; a continuation goes on with the section before it. */
    record Piece(String text, int firstLine, boolean continuation) {}

    /** The text cut at the start of each of the given lines (1-based, ascending), each piece padded to its line. */
    static List<String> pieces(String text, List<Integer> cutLines) {
        List<PieceCuts.Cut> cuts = new ArrayList<>();
        for (int line : cutLines) cuts.add(new PieceCuts.Cut(line, false));
        List<String> out = new ArrayList<>();
        for (Piece p : cut(text, cuts)) out.add("\n".repeat(p.firstLine() - 1) + p.text());
        return out;
    }

    /**
     * The text cut at the start of each cut's line. The cuts must ascend: one at or before a line
     * already cut, or past the last line, ends the cutting there. Lines are found with
     * {@code indexOf}, not character by character: this runs over every page.
     */
    static List<Piece> cut(String text, List<PieceCuts.Cut> cuts) {
        List<Piece> out = new ArrayList<>();
        int from = 0, fromLine = 1, line = 1, at = 0, lastCut = 0;
        boolean continuation = false;
        for (PieceCuts.Cut c : cuts) {
            if (c.line() <= lastCut) break;
            while (line < c.line()) {
                int nl = text.indexOf('\n', at);
                if (nl < 0) break;
                at = nl + 1;
                line++;
            }
            if (line != c.line()) break;
            lastCut = line;
            if (at == from) { continuation = c.continuation(); continue; }
            out.add(new Piece(text.substring(from, at), fromLine, continuation));
            from = at;
            fromLine = line;
            continuation = c.continuation();
        }
        out.add(new Piece(text.substring(from), fromLine, continuation));
        return out;
    }
}
