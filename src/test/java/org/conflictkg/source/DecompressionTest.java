package org.conflictkg.source;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conflictkg.bench.MultistreamDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways a compressed dump is read give the same bytes, and a damaged file fails loudly. */
class DecompressionTest {
    @TempDir Path dir;

    private Path dump(int pages) throws IOException {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < pages; i++)
            list.add(Map.entry("Page " + i, "Text of page " + i + " — “quoted” & <b>bold</b> ".repeat(50 + i)));
        return MultistreamDump.write(dir, "d", list, 3);
    }

    @Test
    void streamsDecompressedInParallelEqualThePlainExport() throws Exception {
        Path dump = dump(40);
        byte[] plain = Files.readAllBytes(dir.resolve("d.xml"));
        Path index = MultistreamBz2.indexOf(dump);
        assertNotNull(index, "the index beside the dump is found by its name");
        for (int threads : new int[] {1, 2, 4}) {
            try (InputStream in = new MultistreamBz2(dump, MultistreamBz2.streamStarts(index), threads)) {
                assertArrayEquals(plain, in.readAllBytes(), threads + " thread(s)");
            }
        }
    }

    @Test
    void aSingleStreamReadAheadEqualsThePlainExport() throws Exception {
        Path dump = dump(10);
        byte[] plain = Files.readAllBytes(dir.resolve("d.xml"));
        try (InputStream in = new AheadStream(new org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream(
                Files.newInputStream(dump), true))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void theSystemProgramGivesTheSameBytesAndItsFailureOnATruncatedFile() throws Exception {
        assumeTrue(NativeBzip2.program() != null, "no bzip2 program on the PATH: the Java decoder is used");
        Path dump = dump(10);
        try (InputStream in = NativeBzip2.open(dump)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("d.xml")), in.readAllBytes());
        }
        byte[] whole = Files.readAllBytes(dump);
        Path cut = Files.write(dir.resolve("cut.xml.bz2"), java.util.Arrays.copyOf(whole, whole.length / 2));
        IOException e = assertThrows(IOException.class, () -> {
            try (InputStream in = NativeBzip2.open(cut)) { in.readAllBytes(); }
        });
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aTruncatedDumpIsABrokenInputNamedWithItsLastCompletePage() throws Exception {
        Path dump = dump(30);
        byte[] whole = Files.readAllBytes(dump);
        Path cut = Files.write(dir.resolve("cut-multistream.xml.bz2"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        List<org.conflictkg.diag.Diagnostic> diags = new ArrayList<>();
        List<SourcePage> pages = new ArrayList<>();
        try (PageSource s = Inputs.open(List.of(cut), null, p -> true, diags::add)) {
            s.forEachRemaining(pages::add);
        } catch (InputException e) {
            diags.add(org.conflictkg.diag.Diagnostic.error(cut.toString(), null, 0, e.getMessage()));
        }
        assertTrue(pages.size() > 5 && pages.size() < 30, pages.size() + " pages");
        assertTrue(diags.stream().anyMatch(d -> d.severity() == org.conflictkg.diag.Diagnostic.Severity.ERROR), diags.toString());
    }
}
