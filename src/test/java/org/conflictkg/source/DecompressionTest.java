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
        long[] starts = MultistreamBz2.streamStarts(index);
        for (boolean program : NativeBzip2.program() != null ? new boolean[] {false, true} : new boolean[] {false})
            for (long run : new long[] {1, 2_000, MultistreamBz2.RUN_BYTES})
                for (int threads : new int[] {1, 2, 4})
                    try (InputStream in = new MultistreamBz2(dump, starts, threads, program, run)) {
                        assertArrayEquals(plain, in.readAllBytes(), threads + " thread(s), runs of " + run + " bytes, program " + program);
                    }
    }

    @Test
    void runsOfStreamsStartAtStreamsAndReachTheirSize() {
        long[] starts = {0, 100, 250, 300, 900, 1000};
        assertArrayEquals(starts, MultistreamBz2.runs(starts, 1200, 1));
        assertArrayEquals(new long[] {0, 250, 900}, MultistreamBz2.runs(starts, 1200, 200));
        assertArrayEquals(new long[] {0}, MultistreamBz2.runs(starts, 1200, 5000));
        // an index that names offsets past the end of a cut file: the last run reads to the end
        assertArrayEquals(new long[] {0, 250}, MultistreamBz2.runs(starts, 800, 200));
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

    @Test
    void aTruncatedMultistreamDumpWithItsIndexKeepsThePagesBeforeTheCut() throws Exception {
        Path dump = dump(30);
        byte[] whole = Files.readAllBytes(dump);
        Path cut = Files.write(dir.resolve("cut-multistream.xml.bz2"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Files.copy(MultistreamBz2.indexOf(dump), dir.resolve("cut-multistream-index.txt.bz2"));
        assertNotNull(MultistreamBz2.indexOf(cut));
        List<SourcePage> pages = new ArrayList<>();
        List<org.conflictkg.diag.Diagnostic> diags = new ArrayList<>();
        try (PageSource s = Inputs.open(List.of(cut), null, p -> true, diags::add)) {
            s.forEachRemaining(pages::add);
        }
        assertTrue(pages.size() > 5 && pages.size() < 30, pages.size() + " pages");
        assertTrue(diags.stream().anyMatch(d -> d.severity() == org.conflictkg.diag.Diagnostic.Severity.ERROR
                && d.message().contains("incomplete")), diags.toString());
        // Java's decoder, in one run as in several: the same bytes before the cut, then the failure
        for (boolean useProgram : NativeBzip2.program() != null ? new boolean[] {false, true} : new boolean[] {false})
            for (long run : new long[] {1, MultistreamBz2.RUN_BYTES}) {
                java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
                try (InputStream in = new MultistreamBz2(cut, MultistreamBz2.streamStarts(MultistreamBz2.indexOf(cut)), 2, useProgram, run)) {
                    assertThrows(IOException.class, () -> in.transferTo(got));
                }
                assertTrue(got.size() > 5_000, useProgram + " " + run + ": " + got.size() + " bytes before the cut");
            }
    }
}
