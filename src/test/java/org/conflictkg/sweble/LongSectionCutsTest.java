package org.conflictkg.sweble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.source.SourcePage;
import org.junit.jupiter.api.Test;

/** A long section parsed in pieces gives the document a whole parse gives. */
class LongSectionCutsTest {
    private static final PieceCuts.Limits TINY = new PieceCuts.Limits(2048, 1024);

    @Test
    void bundledArticleCutIntoSmallPiecesKeepsEverySentenceRefAndLine() throws Exception {
        assertSameDocument("International military intervention against the Islamic State", Fixtures.article());
    }

    @Test
    void corpusPageWithTablesListsAndSubsectionsKeepsItsDocument() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/corpus/conflicts/American_Civil_War.wikitext"));
        org.junit.jupiter.api.Assumptions.assumeTrue(!text.isEmpty());
        assertSameDocument("American Civil War", text);
    }

    @Test
    void cutsFallOnParagraphStartsOutsideTemplatesTablesAndElements() {
        StringBuilder s = new StringBuilder("== A ==\n");
        for (int i = 0; i < 40; i++) s.append("Paragraph ").append(i).append(" has some words in it.\n\n");
        s.append("{{Quote box\n|text=").append("x\n\n".repeat(400)).append("}}\n");
        s.append("<blockquote>\n").append("y\n\n".repeat(400)).append("</blockquote>\n");
        s.append("{|\n").append("|-\n| z\n".repeat(300)).append("|}\n");
        s.append("Last paragraph.\n");
        String text = s.toString();
        HeadingLines.Found f = HeadingLines.find(text);
        List<PieceCuts.Cut> cuts = PieceCuts.of(text, f.cuts(), f.quiet(), new PieceCuts.Limits(512, 256));
        String[] lines = text.split("\n", -1);
        List<String> cutAt = new ArrayList<>();
        for (PieceCuts.Cut c : cuts) if (c.continuation()) cutAt.add(lines[c.line() - 1]);
        assertTrue(cutAt.size() >= 3, cutAt.toString());
        for (String line : cutAt)
            assertTrue(line.startsWith("Paragraph") || line.equals("Last paragraph.") || line.startsWith("{{Quote box")
                    || line.equals("<blockquote>") || line.equals("{|"), line);
    }

    @Test
    void aGiantParagraphOfShortLinesIsCutAfterSentencesOnly() {
        String text = "== A ==\n" + "One line of words.\nand more\n".repeat(200);
        HeadingLines.Found f = HeadingLines.find(text);
        List<PieceCuts.Cut> cuts = PieceCuts.of(text, f.cuts(), f.quiet(), new PieceCuts.Limits(512, 256));
        String[] lines = text.split("\n", -1);
        long continuations = cuts.stream().filter(PieceCuts.Cut::continuation).count();
        assertTrue(continuations > 5);
        for (PieceCuts.Cut c : cuts) if (c.continuation()) assertEquals("and more", lines[c.line() - 1]);
    }

    private static void assertSameDocument(String title, String text) throws Exception {
        SourcePage page = SourcePage.of(title, text, "test");
        WikiDocument whole = new DocumentBuilder(new SwebleParser(), PieceCuts.Limits.NONE).build(page, d -> {});
        WikiDocument cut = new DocumentBuilder(new SwebleParser(), TINY).build(page, d -> {});
        HeadingLines.Found f = HeadingLines.find(text);
        long continuations = PieceCuts.of(text, f.cuts(), f.quiet(), TINY).stream().filter(PieceCuts.Cut::continuation).count();
        assertTrue(continuations > 10, "the page is cut inside sections: " + continuations);
        assertSameList(outline(whole), outline(cut));
        assertSameList(sentences(whole), sentences(cut));
        // Lines: a piece starts on its exact line, where a whole parse carries the drift of the
        // templates folded before it; so the cut document places sentences at least as well.
        String[] source = text.split("\n", -1);
        assertTrue(placed(cut, source) >= placed(whole, source), placed(cut, source) + " < " + placed(whole, source));
        assertEquals(whole.refs().stream().map(r -> r.index() + " " + r.name() + " " + r.body()).toList(),
                cut.refs().stream().map(r -> r.index() + " " + r.name() + " " + r.body()).toList());
        assertEquals(whole.infoboxes(), cut.infoboxes());
        assertEquals(whole.categories(), cut.categories());
    }

    private static void assertSameList(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) assertEquals(expected.get(i), actual.get(i), "item " + i);
        assertEquals(expected.size(), actual.size());
    }

    private static List<String> outline(WikiDocument d) {
        return d.sections().stream().map(s -> s.level() + " " + s.path() + " @" + s.line() + " parent " + s.parent()
                + " tables " + s.tables().size()).toList();
    }

    private static List<String> sentences(WikiDocument d) {
        List<String> out = new ArrayList<>();
        for (Section s : d.sections())
            for (Paragraph p : s.paragraphs())
                for (Sentence t : p.sentences())
                    out.add(s.index() + " " + t.text() + " " + t.content().links() + " "
                            + t.content().refs().stream().map(r -> r.index() + " " + r.name() + " " + r.body()).toList());
        return out;
    }

    /** Sentences whose first word stands on the line the document gives them. */
    private static int placed(WikiDocument d, String[] source) {
        int n = 0;
        for (Section s : d.sections())
            for (Paragraph p : s.paragraphs())
                for (Sentence t : p.sentences()) {
                    String first = t.text().split("[^\\p{L}\\p{N}]+", 2)[0];
                    int line = t.line();
                    if (!first.isEmpty() && line > 0 && line <= source.length && source[line - 1].contains(first)) n++;
                }
        return n;
    }
}
