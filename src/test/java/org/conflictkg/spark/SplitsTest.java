package org.conflictkg.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splits come from the index alone: one per stream of pages; a folder gives each of its files. */
class SplitsTest {
    @TempDir Path dir;

    @Test
    void oneSplitPerStreamOfPagesAndOnePerOtherFile() throws Exception {
        List<Map.Entry<String, String>> pages = new ArrayList<>();
        for (int i = 1; i <= 5; i++) pages.add(Map.entry("Battle " + i, "The '''Battle " + i + "''' was fought in 190" + i + "."));
        Path dump = org.conflictkg.bench.MultistreamDump.write(dir, "x", pages, 2);
        Files.writeString(dir.resolve("Battle_of_Somewhere.wikitext"), "The '''Battle of Somewhere''' was fought in 1901.");
        Files.delete(dir.resolve("x.xml"));  // the plain copy is for extract, not an input here

        List<Split> one = Splits.of(List.of(dump.toString()), new Configuration());
        assertEquals(3, one.size(), "5 pages in streams of 2: 3 streams; the header and footer streams hold no page");
        assertTrue(one.get(0).start() > 0, "the header stream is skipped");
        assertEquals(one.get(0).end(), one.get(1).start());
        assertEquals(Files.size(dump), one.get(2).end(), "the last split runs to the end, footer included");

        List<Split> folder = Splits.of(List.of(dir.toString()), new Configuration());
        assertEquals(4, folder.size(), "a folder: its wikitext file whole, its dump by streams, its index not at all");
        assertTrue(folder.get(0).whole() && folder.get(0).path().endsWith("Battle_of_Somewhere.wikitext"));
        assertEquals(List.of(0, 1, 2, 3), folder.stream().map(Split::index).toList());
    }
}
