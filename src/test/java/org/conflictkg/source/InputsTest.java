package org.conflictkg.source;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.conflictkg.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir Path dir;

    static final String EXPORT = """
            <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
              <siteinfo><sitename>Wikipedia</sitename></siteinfo>
              <page>
                <title>First war</title><ns>0</ns><id>11</id>
                <revision><id>101</id><parentid>100</parentid><timestamp>2024-05-01T10:00:00Z</timestamp>
                  <contributor><username>X</username><id>7</id></contributor>
                  <text bytes="20" xml:space="preserve">Text &amp; more [[Iraq]].</text></revision>
              </page>
              <page>
                <title>Talk:Second</title><ns>1</ns><id>12</id>
                <revision><id>102</id><timestamp>2024-05-02T10:00:00Z</timestamp><text>Talk.</text></revision>
              </page>
              <page>
                <title>Empty</title><ns>0</ns><id>13</id>
                <revision><id>103</id><timestamp>2024-05-02T10:00:00Z</timestamp><text/></revision>
              </page>
            </mediawiki>
            """;

    private List<SourcePage> read(Path f, List<Diagnostic> diags) {
        List<SourcePage> out = new ArrayList<>();
        try (PageSource s = Inputs.open(List.of(f), null, p -> p.namespace() == 0, diags::add)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void readsAnExportPageByPageWithTitleIdsAndRevision() throws Exception {
        Path f = dir.resolve("export.xml");
        Files.writeString(f, EXPORT);
        List<Diagnostic> diags = new ArrayList<>();
        List<SourcePage> pages = read(f, diags);
        assertEquals(1, pages.size(), "namespace filter keeps articles; the empty page is skipped");
        SourcePage p = pages.get(0);
        assertEquals("First war", p.title());
        assertEquals(11L, p.pageId());
        assertEquals(101L, p.revisionId());
        assertEquals("2024-05-01T10:00:00Z", p.timestamp());
        assertEquals("Text & more [[Iraq]].", p.text());
        assertTrue(diags.stream().anyMatch(d -> d.page().equals("Empty") && d.message().contains("no text")));
    }

    @Test
    void readsABzip2Dump() throws Exception {
        Path f = dir.resolve("dump.xml.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(f))) {
            out.write(EXPORT.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("First war", read(f, new ArrayList<>()).get(0).title());
    }

    @Test
    void brokenXmlAfterAPageKeepsThatPageAndReportsTheLine() throws Exception {
        Path f = dir.resolve("broken.xml");
        Files.writeString(f, EXPORT.substring(0, EXPORT.indexOf("<page>", EXPORT.indexOf("</page>"))) + "<page><title>x</ti");
        List<Diagnostic> diags = new ArrayList<>();
        List<SourcePage> pages = read(f, diags);
        assertEquals(1, pages.size());
        assertTrue(diags.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && d.line() > 0), diags.toString());
    }

    @Test
    void bareWikitextTakesItsTitleFromTheFileName() throws Exception {
        Path f = dir.resolve("Battle_of_Mosul.wikitext");
        Files.writeString(f, "Text.");
        assertEquals("Battle of Mosul", read(f, new ArrayList<>()).get(0).title());
    }

    /** The size limit counts UTF-8 bytes exactly, whatever size the dump declares and however the parser splits the text. */
    @Test
    void aStreamedTextIsHeldUpToTheLimitInUtf8BytesWhateverItsDeclaredSize() throws Exception {
        String[][] pages = { // title, text, declared bytes
                {"Two-byte at the limit", "é".repeat(499) + "&amp;", "1"},                 // 998 + 1 = 999 bytes
                {"Two-byte over", "é".repeat(500) + "&amp;", "10"},                         // 1,001 bytes
                {"Pairs at the limit", "\uD83D\uDE00".repeat(250), "2000000000"},           // 1,000 bytes
                {"Pairs over", "\uD83D\uDE00".repeat(250) + "&lt;", "-5"},                  // 1,001 bytes
                {"Plain at the limit", "a&amp;".repeat(500), "x"},                          // 1,000 bytes
                {"Plain over", "a&amp;".repeat(500) + "b", "1000"}};                        // 1,001 bytes
        StringBuilder xml = new StringBuilder("<mediawiki><siteinfo/>");
        for (String[] p : pages)
            xml.append("<page><title>").append(p[0]).append("</title><ns>0</ns><revision><text bytes=\"").append(p[2])
                    .append("\">").append(p[1]).append("</text></revision></page>");
        Path f = Files.writeString(dir.resolve("limits.xml"), xml.append("</mediawiki>"));
        int[] skipped = {0};
        List<Diagnostic> diags = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try (PageSource s = Inputs.open(List.of(f), null, p -> true, diags::add, new ReadLimits(1000, () -> skipped[0]++))) {
            s.forEachRemaining(p -> kept.add(p.title() + " " + p.text().getBytes(StandardCharsets.UTF_8).length));
        }
        assertEquals(List.of("Two-byte at the limit 999", "Pairs at the limit 1000", "Plain at the limit 1000"), kept);
        assertEquals(3, skipped[0]);
        assertEquals(List.of("Two-byte over", "Pairs over", "Plain over"), diags.stream().map(Diagnostic::page).toList());
    }

    @Test
    void aTitleKeepsItsDotsAndLosesOnlyTheExtension() throws Exception {
        Path f = dir.resolve("U.S._Route_66.wikitext");
        Files.writeString(f, "Text.");
        assertEquals("U.S. Route 66", read(f, new ArrayList<>()).get(0).title());
        assertEquals("St. Louis", Inputs.titleFromFileName("St._Louis"));
        assertEquals("Version 2.0", Inputs.titleFromFileName("Version_2.0"));
        assertEquals("Battle of Mosul (2016–2017)", Inputs.titleFromFileName("Battle_of_Mosul_(2016–2017).txt"));
        assertEquals("Siege of X", Inputs.titleFromFileName("Siege_of_X"));
        assertEquals(".hidden", Inputs.titleFromFileName(".hidden"));
    }

    @Test
    void emptyBinaryAndMissingFilesAreClearErrors() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("bin.dat"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertTrue(assertThrows(InputException.class, () -> read(empty, new ArrayList<>())).getMessage().contains("empty"));
        assertTrue(assertThrows(InputException.class, () -> read(binary, new ArrayList<>())).getMessage().contains("binary"));
        assertTrue(assertThrows(InputException.class, () -> read(dir.resolve("nope.txt"), new ArrayList<>())).getMessage().contains("no such file"));
    }

    @Test
    void noInputMeansTheBundledArticle() {
        try (PageSource s = Inputs.open(List.of(), null, p -> true, d -> {})) {
            SourcePage p = s.next();
            assertEquals("International military intervention against the Islamic State", p.title());
            assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", p.license());
            assertFalse(s.hasNext());
        }
    }
}
