package org.conflictkg.sweble;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.source.BundledArticle;
import org.conflictkg.source.SourcePage;
import org.junit.jupiter.api.Test;

class RefMarksTest {
    private static long lines(String s) { return s.chars().filter(c -> c == '\n').count(); }

    @Test
    void aRefOnOneLineBecomesAnElementWhoseBodySweblesParses() {
        String text = "A.\nB.<ref name=\"a\">{{cite web|url=http://a.example/}}</ref> C.<ref name=\"a\" />\n";
        RefMarks.Marked m = RefMarks.of(text);
        assertEquals("A.\nB.<bdi data-ckgref=\"0\"  name=\"a\">{{cite web|url=http://a.example/}}</bdi>"
                + " C.<bdi data-ckgref=\"1\"  name=\"a\" />\n", m.text());
        assertEquals(List.of(new RefMarks.Mark("{{cite web|url=http://a.example/}}", 2), new RefMarks.Mark(null, 2)),
                m.marks());
    }

    @Test
    void refsWhoseRewriteCouldChangeTheTextAroundThemStayAsTheyAre() {
        String inTemplate = "{{efn|note<ref name=x>body</ref>}}";
        String quotes = "''Title''<ref>[http://a.example/ ''Site'']</ref>";
        String lines = "A<ref>first\nsecond</ref>";
        for (String text : List.of(inTemplate, quotes, lines)) {
            RefMarks.Marked m = RefMarks.of(text);
            assertEquals(text, m.text(), text);
            assertTrue(m.marks().isEmpty(), text);
        }
        // quotes inside a template argument are no concern of the line's
        assertEquals(1, RefMarks.of("A<ref>{{cite web|title=''Site''}}</ref>").marks().size());
    }

    @Test
    void linesAreCountedPastRefsLeftAloneCommentsAndNowiki() {
        String text = "<!-- <ref>in a comment</ref>\n -->A<ref>x\ny</ref>\n<nowiki><ref>no</ref></nowiki>B<ref>z</ref>";
        RefMarks.Marked m = RefMarks.of(text);
        assertEquals(List.of(new RefMarks.Mark("z", 4)), m.marks());
        assertEquals(lines(text), lines(m.text()));
        assertTrue(m.text().contains("<!-- <ref>in a comment</ref>"));
        assertTrue(m.text().contains("<nowiki><ref>no</ref></nowiki>"));
    }

    @Test
    void referencesListIsNoClosingRef() {
        String text = "A<ref>open\n<references/>\n</references>";
        assertEquals(text, RefMarks.of(text).text());
    }

    /** Each template call as its name and its arguments' names and texts (lines differ by construction). */
    private static List<String> calls(InlineText t) {
        return t.templates().stream().map(tp -> tp.name() + tp.args().stream()
                .map(a -> a.name() + "=" + a.text() + a.value().links()).toList()).toList();
    }

    /** The one-parse path must read every body as parsing it on its own would. */
    @Test
    void bodiesParsedInPlaceEqualBodiesParsedAlone() throws Exception {
        SourcePage page = BundledArticle.load();
        WikiDocument doc = new DocumentBuilder(new SwebleParser()).build(page, d -> {});
        List<RefUse> defining = doc.refs().stream().filter(RefUse::defines).toList();
        Map<Integer, InlineText> alone = new HashMap<>(
                RefBodies.parse(new SwebleParser(), page.title(), defining, TemplateRendering.defaults()));
        assertEquals(402, defining.size());
        assertTrue(RefMarks.of(page.text()).marks().size() > 400, "most refs are parsed in place");
        for (RefUse r : defining) {
            InlineText inPlace = doc.refBodies().get(r.index()), own = alone.get(r.index());
            assertEquals(own.text(), inPlace.text(), r.body());
            assertEquals(calls(own), calls(inPlace), r.body());
            assertEquals(own.links(), inPlace.links(), r.body());
            assertEquals(own.externalLinks(), inPlace.externalLinks(), r.body());
        }
    }
}
