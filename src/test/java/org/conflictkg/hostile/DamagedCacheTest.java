package org.conflictkg.hostile;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.conflictkg.cli.CliTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry proves itself before it is served: truncated to half, emptied, or with one byte
 * altered in place, it is discarded with a warning and rebuilt, and the answer equals the reference.
 */
@Tag("hostile")
class DamagedCacheTest {
    @TempDir Path dir;

    @Test
    void truncatedEmptiedOrAlteredEntriesAreRebuiltWithAWarning() throws Exception {
        Path page = Files.copy(Path.of("src/test/resources/corpus/conflicts/Battle_of_Marsaglia.wikitext"), dir.resolve("Battle.wikitext"));
        Path cache = dir.resolve("cache");
        String[] args = {"query", "involvement", "-i", page.toString(), "--cache", cache.toString(), "--format", "csv"};
        CliTest.Run first = CliTest.run(args);
        assertEquals(0, first.code(), first.err());
        Path entry;
        try (var s = Files.list(cache)) { entry = s.filter(p -> p.toString().endsWith(".rt")).findFirst().orElseThrow(); }
        List<UnaryOperator<byte[]>> damages = List.of(
                b -> Arrays.copyOf(b, b.length / 2),
                b -> new byte[0],
                b -> { byte[] c = b.clone(); c[c.length / 2] ^= 0x20; return c; });
        for (UnaryOperator<byte[]> damage : damages) {
            Files.write(entry, damage.apply(Files.readAllBytes(entry)));
            CliTest.Run r = CliTest.run(args);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("cache entry") && r.err().contains("rebuilding it"), r.err());
            assertEquals(first.out(), r.out(), "the rebuilt store answers as the first one did");
            CliTest.Run again = CliTest.run(args);
            assertFalse(again.err().contains("rebuilding"), "the rebuilt entry is whole: " + again.err());
            assertEquals(first.out(), again.out());
        }
    }
}
