package org.conflictkg.sweble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PageCutTest {
    @Test
    void piecesStartAtTheCutLinesAndKeepEveryCharacter() {
        String text = "a\nb\n\n== H ==\nc\nd\n";
        List<PageParse.Piece> pieces = PageParse.cut(text, List.of(new PieceCuts.Cut(4, false), new PieceCuts.Cut(6, true)));
        assertEquals(List.of(new PageParse.Piece("a\nb\n\n", 1, false), new PageParse.Piece("== H ==\nc\n", 4, false),
                new PageParse.Piece("d\n", 6, true)), pieces);
        // a cut on the line after a final newline gives an empty last piece; a cut on line 1 only sets the first's kind
        assertEquals(List.of(new PageParse.Piece("x\n", 1, true), new PageParse.Piece("", 2, false)),
                PageParse.cut("x\n", List.of(new PieceCuts.Cut(1, true), new PieceCuts.Cut(2, false))));
    }

    @Test
    void cuttingByLinesAgreesWithACharacterByCharacterWalk() {
        Random r = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) sb.append(r.nextInt(4) == 0 ? '\n' : (char) ('a' + r.nextInt(3)));
            String text = sb.toString();
            List<PieceCuts.Cut> cuts = new ArrayList<>();
            int line = 0;
            for (int i = r.nextInt(6); i > 0; i--) {
                line += r.nextInt(10) == 0 ? -1 : r.nextInt(4); // now and then a cut that does not ascend
                cuts.add(new PieceCuts.Cut(line, r.nextBoolean()));
            }
            assertEquals(walk(text, cuts), PageParse.cut(text, cuts), text.replace("\n", "\\n") + " " + cuts);
        }
    }

    /** The walk the cutting replaced, kept as the reference for what it must give. */
    private static List<PageParse.Piece> walk(String text, List<PieceCuts.Cut> cuts) {
        List<PageParse.Piece> out = new ArrayList<>();
        int from = 0, fromLine = 1, line = 1, k = 0;
        boolean continuation = false;
        for (int i = 0; i <= text.length() && k < cuts.size(); i++) {
            boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
            if (i > 0 && text.charAt(i - 1) == '\n') line++;
            if (!lineStart || line != cuts.get(k).line()) continue;
            boolean next = cuts.get(k++).continuation();
            if (i == from) { continuation = next; continue; }
            out.add(new PageParse.Piece(text.substring(from, i), fromLine, continuation));
            from = i;
            fromLine = line;
            continuation = next;
        }
        out.add(new PageParse.Piece(text.substring(from), fromLine, continuation));
        return out;
    }
}
