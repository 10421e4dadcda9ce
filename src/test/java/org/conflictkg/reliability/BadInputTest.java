package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.cli.CliTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: each input gets a clear message naming the file or page and never a stack
 * trace; what can be read is read, and what is written parses.
 */
@Tag("reliability")
class BadInputTest {
    @TempDir Path dir;

    private CliTest.Run extract(Path input) {
        CliTest.Run r = CliTest.run("extract", input.toString(), "-o", dir.resolve("out.nq").toString(), "--max-warnings", "2",
                "--select", "all"); // these pages have no infobox: read them all
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.err());
        return r;
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void unreadableFilesAreRefusedByName() throws Exception {
        Path empty = Files.write(dir.resolve("Empty.wikitext"), new byte[0]);
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        noise[14] = 0;
        Path binary = Files.write(dir.resolve("Binary.wikitext"), noise);
        Path badUtf8 = Files.write(dir.resolve("Bad_utf8.wikitext"), new byte[] {'W', 'a', 'r', ' ', (byte) 0xff, (byte) 0xfe, '.'});
        CliTest.Run r = extract(empty);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Empty.wikitext: the file is empty"), r.err());
        r = extract(binary);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Binary.wikitext: this looks like a binary file"), r.err());
        r = extract(badUtf8);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Bad_utf8.wikitext: not valid UTF-8 text"), r.err());
    }

    @Test
    void truncatedCompressedDumpsSayTheInputIsIncomplete() throws Exception {
        byte[] xml = dump(3).getBytes(StandardCharsets.UTF_8);
        Path gz = dir.resolve("Trunc.xml.gz");
        Files.write(gz, half(compress(xml, GZIPOutputStream::new)));
        CliTest.Run r = extract(gz);
        assertTrue(r.err().contains("the input is incomplete"), r.err());
        Path bz2 = dir.resolve("Trunc.xml.bz2");
        Files.write(bz2, half(compress(xml, BZip2CompressorOutputStream::new)));
        r = extract(bz2);
        assertTrue(r.err().contains("Trunc.xml.bz2") && (r.err().contains("the input is incomplete")
                || r.err().contains("not a readable compressed file")), r.err());
    }

    /** Data that cannot be read (here cut off) is not broken XML: the error says reading failed, and why. */
    @Test
    void aDumpCutAfterSomePagesKeepsThemAndSaysReadingFailed() throws Exception {
        java.util.List<java.util.Map.Entry<String, String>> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) pages.add(java.util.Map.entry("Battle " + i, "The Battle " + i + " was fought in 1944 in [[France]]."));
        byte[] whole = Files.readAllBytes(org.conflictkg.bench.MultistreamDump.write(dir, "whole", pages, 5));
        Path cut = Files.write(dir.resolve("Cut.xml.bz2"), Arrays.copyOf(whole, whole.length * 3 / 4)); // no index: one bz2 file
        CliTest.Run r = extract(cut);
        assertEquals(org.conflictkg.cli.Main.INCOMPLETE, r.code(), r.err());
        assertTrue(r.err().contains("reading failed at line"), r.err());
        assertTrue(r.err().matches("(?s).*stopped reading after \\d+ complete page\\(s\\), the last of them 'Battle \\d+'.*"), r.err());
        assertTrue(r.err().contains("the input is incomplete"), r.err());
        assertFalse(r.err().contains("broken XML"), r.err());
    }

    @Test
    void malformedXmlKeepsTheCompletePagesAndSaysWhereItBroke() throws Exception {
        Path xml = Files.writeString(dir.resolve("Malformed.xml"), dump(2).replace("</mediawiki>", "") + "<page><title>B</tit");
        CliTest.Run r = extract(xml);
        assertEquals(org.conflictkg.cli.Main.INCOMPLETE, r.code(), r.err());
        assertTrue(r.err().contains("stopped reading after 2 complete page(s), the last of them 'Battle 1'"), r.err());
        assertTrue(r.err().contains("2 page(s) (0 failed,"), r.err());
        Dataset written = RDFDataMgr.loadDataset(dir.resolve("out.nq").toString());
        assertTrue(written.asDatasetGraph().find().hasNext());
    }

    @Test
    void deeplyNestedTemplatesFailThatPageOnly() throws Exception {
        Path deep = Files.writeString(dir.resolve("Deep.wikitext"), "{{a|".repeat(5_000) + "x" + "}}".repeat(5_000));
        Path fine = Files.writeString(dir.resolve("Fine.wikitext"), "The '''War of Fine''' was fought in 1901.");
        CliTest.Run r = CliTest.run("extract", deep.toString(), fine.toString(), "-o", dir.resolve("out.nq").toString());
        assertEquals(org.conflictkg.cli.Main.INCOMPLETE, r.code(), r.err());
        assertTrue(r.err().contains("page 'Deep': page skipped"), r.err());
        assertTrue(r.err().contains("2 page(s) (1 failed,"), r.err());
    }

    @Test
    void tenThousandUnclosedRefsAndTablesAreWarningsWithLines() throws Exception {
        Path unclosed = Files.writeString(dir.resolve("Unclosed.wikitext"),
                "Text.<ref>open ".repeat(10_000) + "\n" + "{|\n|a\n".repeat(10_000));
        CliTest.Run r = CliTest.run("extract", unclosed.toString(), "-o", dir.resolve("out.nq").toString(), "-v");
        assertEquals(0, r.code());
        assertEquals(10_000, count(r.err(), "table '{|' opened here is never closed"));
        assertTrue(r.err().contains("line 20000: table '{|' opened here is never closed"), "with its line");
        assertTrue(r.err().contains("1 page(s) (0 failed,"), r.err());
    }

    @Test
    void hostileTitlesGiveValidIrisOrARefusalByName() throws Exception {
        String[] titles = {"../../etc/passwd", "&lt;script&gt;alert(1)&lt;/script&gt;", "A\u202eB", "x".repeat(3_000), "Tab\there"};
        StringBuilder xml = new StringBuilder("<mediawiki>");
        for (int i = 0; i < titles.length; i++)
            xml.append("<page><title>").append(titles[i]).append("</title><ns>0</ns><id>").append(i + 1)
                    .append("</id><revision><id>").append(i + 1).append("</id><text>The '''War ").append(i)
                    .append("''' was fought in 1901.</text></revision></page>");
        Path in = Files.writeString(dir.resolve("Hostile.xml"), xml.append("</mediawiki>"));
        CliTest.Run r = extract(in);
        assertEquals(org.conflictkg.cli.Main.INCOMPLETE, r.code(), r.err());
        assertTrue(r.err().contains("5 page(s) (2 failed"), r.err());
        assertTrue(r.err().contains("page '../../etc/passwd': page skipped"), r.err());
        String nq = Files.readString(dir.resolve("out.nq"));
        assertTrue(nq.contains("/page/%3Cscript%3Ealert(1)%3C%2Fscript%3E>"), "markup in a title is escaped in its IRI");
        assertTrue(nq.contains("\"<script>alert(1)</script>\""), "and kept as it is in the title literal");
        RDFDataMgr.loadDataset(dir.resolve("out.nq").toString());  // every IRI written parses back
    }

    private static String dump(int pages) {
        StringBuilder sb = new StringBuilder("<mediawiki>");
        for (int i = 0; i < pages; i++)
            sb.append("<page><title>Battle ").append(i).append("</title><ns>0</ns><id>").append(i + 1)
                    .append("</id><revision><id>").append(i + 1).append("</id><text>")
                    .append("The '''Battle ").append(i).append("''' was fought in 1901 between [[France]] and [[Spain]].\n".repeat(200))
                    .append("</text></revision></page>");
        return sb.append("</mediawiki>").toString();
    }

    private interface Compressor { OutputStream wrap(OutputStream out) throws java.io.IOException; }

    private static byte[] compress(byte[] data, Compressor c) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = c.wrap(bytes)) { out.write(data); }
        return bytes.toByteArray();
    }

    private static byte[] half(byte[] b) { return Arrays.copyOf(b, b.length / 2); }
}
