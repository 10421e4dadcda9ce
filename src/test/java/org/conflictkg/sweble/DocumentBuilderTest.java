package org.conflictkg.sweble;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.*;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {
    private static final String PAGE = """
            Lead with [[Iraq|the Iraqis]] and [[Syria]].<ref name="a">{{cite web|url=http://a.example/|title=A}}</ref>
            == War ==
            === In Iraq ===
            {{Main|Operation Inherent Resolve}}
            On 5 September 2014, [[France]] joined.<ref name="a"/> It said so.<ref>[http://b.example/ B title]</ref>
            * first item with [[Denmark]]
            * second item
            == Table ==
            {| class="wikitable"
            ! Country !! In Iraq
            |-
            | align=left| {{#invoke:flag||Iraq}} || style="background: darkred" |<ref name="a"/>
            |-
            | {{flag|Chad}} || style="background:orangered" | x {{citation needed|date=May 2020}}
            |}
            """;

    @Test
    void sectionsHaveHeadingPathsParentsAndTrueLines() {
        WikiDocument d = Fixtures.doc(PAGE);
        List<Section> s = d.sections();
        assertEquals(4, s.size());
        assertEquals(List.of(), s.get(0).path());
        assertEquals(List.of("War", "In Iraq"), s.get(2).path());
        assertEquals(1, s.get(2).parent());
        assertEquals(2, s.get(1).line());
        assertEquals(3, s.get(2).line());
        assertEquals(8, s.get(3).line());
    }

    @Test
    void sentenceLinesAreWhereTheirTextStartsAfterTemplatesImagesAndRefs() {
        WikiDocument d = Fixtures.doc("""
                Lead.<ref>{{cite web|url=http://a.example/|title=A}}</ref>
                == Section ==
                {{Main|Operation X}}
                On 4 July 2014, it began. Later, it went on.<ref name="n">{{cite web
                |url=http://b.example/
                |title=B}}</ref>
                === Sub ===
                {{see also
                | Something
                }}

                After a folded template.
                [[File:x.jpg|thumb|A caption]]
                The table below.
                == Next ==
                Last.
                """);
        List<Integer> lines = d.sections().stream().flatMap(s -> s.paragraphs().stream())
                .flatMap(p -> p.sentences().stream()).map(Sentence::line).toList();
        // The thumbnail's caption is a sentence of its own (line 13), after the paragraph it stands in.
        assertEquals(List.of(1, 4, 4, 12, 14, 13, 16), lines);
        List<org.conflictkg.doc.Paragraph> captions = d.section(2).paragraphs().stream().filter(p -> p.caption()).toList();
        assertEquals(1, captions.size());
        assertEquals("A caption", captions.get(0).sentences().get(0).text());
        assertEquals(1, d.refs().get(0).line());
        assertEquals(4, d.refs().get(1).line());
    }

    @Test
    void pageIsCutAtTopLevelHeadingsOutsideTablesWithLinesKept() {
        String text = "Lead\n== A ==\n{|\n|-\n== not a cut ==\n|}\n=== Sub ===\n== B ==\nx";
        HeadingLines.Found f = HeadingLines.find(text);
        assertEquals(List.of(2, 5, 7, 8), f.lines());
        assertEquals(List.of(2, 8), f.cuts());
        List<String> pieces = PageParse.pieces(text, f.cuts());
        assertEquals(List.of("Lead\n", "\n== A ==\n{|\n|-\n== not a cut ==\n|}\n=== Sub ===\n", "\n".repeat(7) + "== B ==\nx"),
                pieces);
    }

    @Test
    void paragraphsSplitIntoSentencesWithLinksAndRefs() {
        WikiDocument d = Fixtures.doc(PAGE);
        Section iraq = d.section(2);
        assertEquals(List.of("main"), iraq.blockTemplates().stream().map(Template::name).toList());
        assertEquals("Operation Inherent Resolve", iraq.blockTemplates().get(0).positional(1));
        Paragraph p = iraq.paragraphs().get(0);
        assertEquals(List.of("On 5 September 2014, France joined.", "It said so."),
                p.sentences().stream().map(Sentence::text).toList());
        Sentence first = p.sentences().get(0);
        assertEquals(List.of("France"), first.content().links().stream().map(Link::target).toList());
        assertEquals(1, first.content().refs().size());
        assertEquals(5, first.line());
        assertTrue(iraq.paragraphs().get(1).listItem());
        assertEquals("first item with Denmark", iraq.paragraphs().get(1).content().text());
    }

    @Test
    void pipedLinksKeepTargetAndLabel() {
        Link l = Fixtures.doc(PAGE).section(0).paragraphs().get(0).content().links().get(0);
        assertEquals("Iraq", l.target());
        assertEquals("the Iraqis", l.label());
    }

    @Test
    void namedRefDefinedOnceAndReusedResolvesToOneDefinition() {
        WikiDocument d = Fixtures.doc(PAGE);
        assertEquals(4, d.refs().size());
        assertEquals(2, d.refBodies().size());
        RefUse reuse = d.refs().get(1);
        assertEquals("a", reuse.name());
        assertEquals(0, d.definitionOf(reuse).orElseThrow().index());
        Template cite = d.refBodies().get(0).templates().get(0);
        assertEquals("cite web", cite.name());
        assertEquals("http://a.example/", cite.named("url"));
    }

    @Test
    void tableCellsKeepAttributesTemplatesAndRefs() {
        Table t = Fixtures.doc(PAGE).section(3).tables().get(0);
        assertEquals(3, t.rows().size());
        assertTrue(t.rows().get(0).isHeaderRow());
        TableCell flag = t.rows().get(1).cells().get(0);
        assertEquals("flag", flag.content().templates().get(0).name());
        assertEquals("Iraq", flag.content().templates().get(0).positional(1));
        assertEquals("Iraq", flag.content().text());
        TableCell coloured = t.rows().get(1).cells().get(1);
        assertEquals("darkred", coloured.background());
        assertEquals(1, coloured.content().refs().size());
        TableCell cn = t.rows().get(2).cells().get(1);
        assertEquals("orangered", cn.background());
        assertEquals("citation needed", cn.content().templates().get(0).name());
    }

    @Test
    void danglingNamedRefIsAWarningWithItsLocation() {
        WikiDocument d = Fixtures.doc("Page", "== Iraq ==\nText.<ref name=\"bi1\"/>\n");
        assertTrue(d.refBodies().isEmpty());
        Diagnostic w = Fixtures.LAST_DIAGNOSTICS.stream().filter(x -> x.message().contains("bi1")).findFirst().orElseThrow();
        assertEquals(Diagnostic.Severity.WARNING, w.severity());
        assertEquals("Iraq", w.section());
        assertEquals(2, w.line());
        assertEquals("Page", w.page());
    }

    @Test
    void unbalancedTemplatesAndTablesAreWarningsWithLines() {
        Fixtures.doc("Page", "Intro.\n== A ==\nText {{cite web|url=x\nmore\n{| class=wikitable\n| a\n");
        List<String> msgs = Fixtures.LAST_DIAGNOSTICS.stream().map(d -> d.line() + ":" + d.message()).toList();
        assertTrue(msgs.stream().anyMatch(m -> m.startsWith("3:template")), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.startsWith("5:table")), msgs.toString());
    }

    @Test
    void theBundledArticleHasItsSectionsRefsAndTable() {
        WikiDocument d = Fixtures.doc(Fixtures.article());
        assertEquals(453, d.refs().size());
        assertEquals(402, d.refBodies().size());
        long reuses = d.refs().stream().filter(r -> !r.defines()).count();
        long dangling = d.refs().stream().filter(r -> d.definitionOf(r).isEmpty()).count();
        assertEquals(51, reuses);
        assertEquals(3, dangling, "bi1 is used three times and never defined");
        Section involvement = d.sections().stream().filter(s -> s.heading().equals("Involvement by country")).findFirst().orElseThrow();
        assertEquals(538, involvement.line());
        assertEquals(61, involvement.tables().get(0).rows().size());
    }

    /**
     * Provenance names lines: each sentence's line holds its first word, each table cell's its text.
     * The lead is left out: its comment line is stripped by Sweble's preprocessor before any node
     * has a line, so the lead's paragraphs read one line early.
     */
    @Test
    void linesOfTheBundledArticlePointAtTheirText() {
        String[] source = Fixtures.article().split("\n", -1);
        WikiDocument d = Fixtures.doc(Fixtures.article());
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[A-Za-z]{5,}");
        List<String> wrong = new java.util.ArrayList<>();
        int checked = 0;
        for (Section s : d.sections().subList(1, d.sections().size())) {
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences()) {
                    java.util.regex.Matcher m = word.matcher(sen.text());
                    if (!m.find()) continue;
                    checked++;
                    if (!source[sen.line() - 1].contains(m.group())) wrong.add(sen.line() + ": " + sen.text());
                }
            for (Table t : s.tables())
                for (TableRow r : t.rows())
                    for (TableCell c : r.cells()) {
                        java.util.regex.Matcher m = word.matcher(c.content().text());
                        if (!m.find()) continue;
                        checked++;
                        if (!source[c.line() - 1].contains(m.group())) wrong.add(c.line() + ": " + c.content().text());
                    }
        }
        assertTrue(checked > 500, "checked " + checked);
        assertEquals(List.of(), wrong);
    }
}
