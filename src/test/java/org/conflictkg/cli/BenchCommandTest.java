package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of {@code bench --json}, on the smallest run that has every part (not its speed). */
class BenchCommandTest {
    @Test
    void jsonHasTheMediansAndOneCorpusRowPerSizeAndThreadCount(@TempDir Path dir) {
        var r = CliTest.run("bench", "--json", "--runs", "2", "--pages", "2,3", "--threads-list", "1,2",
                "--warmup-seconds", "0", "--work-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        for (String key : new String[]{"parse_ms", "parse_raw_text_ms", "pipeline_ms", "pipeline_over_parse"})
            assertTrue(o.get(key).getAsDouble() > 0, key);
        JsonArray corpus = o.getAsJsonArray("corpus");
        assertEquals(4, corpus.size());
        JsonObject first = corpus.get(0).getAsJsonObject();
        assertEquals(2, first.get("pages").getAsInt());
        assertEquals(1, first.get("threads").getAsInt());
        assertEquals(5, first.get("runs").getAsInt(), "a small dump is measured as the median of 5 runs");
        for (String key : new String[]{"pages_per_s", "triples_per_s", "peak_heap_mb"})
            assertTrue(first.get(key).getAsDouble() > 0, key);
        assertEquals(2, corpus.get(3).getAsJsonObject().get("threads").getAsInt());
        assertEquals(3, corpus.get(3).getAsJsonObject().get("pages").getAsInt());
        assertTrue(o.has("cold_start_ms"), "null when not run from the jar, but present");
    }
}
