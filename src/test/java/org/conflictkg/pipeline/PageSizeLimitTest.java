package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.diag.Diagnostics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page over the size limit is skipped with a warning that names it; the others are read. */
@Tag("reliability")
class PageSizeLimitTest {
    @Test
    void aPageOverTheLimitIsSkippedWithAWarning(@TempDir Path dir) throws Exception {
        String paragraph = "The '''Battle of Somewhere''' was fought in 1901 between [[France]] and [[Spain]].\n\n";
        Path small = Files.writeString(dir.resolve("Small_battle.wikitext"), paragraph);
        Path big = Files.writeString(dir.resolve("Huge_battle.wikitext"), paragraph.repeat(2_000));
        Diagnostics diagnostics = new Diagnostics();
        RunSummary s = Pipeline.builder().inputs(List.of(small, big)).diagnostics(diagnostics).maxPageBytes(50_000)
                .build().run(StreamRDFLib.sinkNull());
        assertEquals(1, s.pages());
        assertEquals(0, s.failedPages());
        List<Diagnostic> w = diagnostics.all().stream().filter(d -> d.message().contains("--max-page-mb")).toList();
        assertEquals(1, w.size(), diagnostics.all().toString());
        assertEquals("Huge battle", w.get(0).page());
        assertTrue(w.get(0).message().contains("0.2 MB of wikitext is over the limit of 0.1 MB"), w.get(0).message());

        RunSummary both = Pipeline.builder().inputs(List.of(small, big)).maxPageBytes(1_000_000).build().run(StreamRDFLib.sinkNull());
        assertEquals(2, both.pages(), "under the limit, both pages are read");
    }
}
