package org.conflictkg.hostile;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.conflictkg.cli.CliTest;
import org.conflictkg.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad page never costs a good one. A dump of good pages with hostile pages among them (one that
 * breaks the parser, one over its time bound, one over the size limit) is read with one and with two
 * threads: every good page comes out exactly as in a run without the bad ones, each bad page is named
 * in one line with its bound, there is no stack trace, and the exit code says the run is incomplete.
 */
@Tag("hostile")
class HostilePagesTest {
    @TempDir static Path dir;
    static Path good, mixed;
    static final List<String> GOOD_TITLES = new ArrayList<>();

    @BeforeAll
    static void dumps() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus/conflicts"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".wikitext")).sorted().limit(6).toList()) texts.add(Files.readString(p));
        }
        List<String[]> goodPages = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            GOOD_TITLES.add("Good page " + i);
            goodPages.add(new String[] {"Good page " + i, texts.get(i % texts.size()), String.valueOf(i + 1)});
        }
        List<String[]> all = new ArrayList<>(goodPages.subList(0, 5));
        all.add(new String[] {"Nested templates", "{{a|".repeat(5_000) + "x" + "}}".repeat(5_000), "901"});
        all.add(new String[] {"Slow page", "== Long ==\n" + "w\n".repeat(900_000), "902"}); // 1.8 MB of one-letter lines
        all.add(new String[] {"Huge page", "The '''Huge war'''. " + "x".repeat(3 * 1024 * 1024), "903"});
        all.addAll(goodPages.subList(5, 25));
        good = Files.writeString(dir.resolve("good.xml"), dump(goodPages));
        mixed = Files.writeString(dir.resolve("mixed.xml"), dump(all));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void goodPagesComeOutAsWithoutTheBadOnesWhichAreNamedOnce(int threads) throws Exception {
        Set<String> reference = pageQuads(extract(good, threads, 0));
        long started = System.nanoTime();
        CliTest.Run r = CliTest.run("extract", mixed.toString(), "-o", dir.resolve("mixed-" + threads + ".nq").toString(),
                "--threads", String.valueOf(threads), "--page-timeout", "1", "--max-page-mb", "2", "--select", "all");
        double seconds = (System.nanoTime() - started) / 1e9;
        String err = r.err();
        assertEquals(Main.INCOMPLETE, r.code(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace: " + err);
        assertEquals(1, lines(err, "page 'Nested templates'"), err);
        assertEquals(1, lines(err, "page 'Slow page'"), err);
        assertTrue(err.contains("page 'Slow page'") && err.contains("longer than its time bound of 1 s"), err);
        assertEquals(1, lines(err, "'Huge page'"), err);
        assertTrue(err.contains("over the limit of 2.0 MB"), err);
        assertTrue(err.contains("27 page(s) (2 failed, 1 skipped)"), err);
        assertTrue(err.contains("incomplete:"), err);
        Set<String> got = pageQuads(dir.resolve("mixed-" + threads + ".nq"));
        Set<String> missing = new TreeSet<>(reference), extra = new TreeSet<>(got);
        missing.removeAll(got);
        extra.removeAll(reference);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "the good pages, quad for quad: missing "
                + missing.stream().limit(5).toList() + ", extra " + extra.stream().limit(5).toList());
        assertTrue(seconds < 30, "no page past its bound: the run took " + seconds + " s");
    }

    @Test
    void loadKeepsTheStoreWhenPagesWereLostAndNeverHangs() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), good.toString()).code());
        long before = org.conflictkg.reliability.StoreSafetyTest.quads(db);
        CliTest.Run r = CliTest.run("load", "--db", db.toString(), mixed.toString(), "--threads", "2", "--page-timeout", "1",
                "--max-page-mb", "2");
        assertNotEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("nothing was loaded"), r.err());
        assertEquals(before, org.conflictkg.reliability.StoreSafetyTest.quads(db), "the store is as it was");
        CliTest.Run partial = CliTest.run("load", "--db", db.toString(), mixed.toString(), "--threads", "2", "--page-timeout", "1",
                "--max-page-mb", "2", "--keep-partial");
        assertEquals(Main.INCOMPLETE, partial.code(), partial.err());
    }

    private static Path extract(Path input, int threads, int unused) {
        Path out = dir.resolve(input.getFileName() + "-" + threads + ".nq");
        CliTest.Run r = CliTest.run("extract", input.toString(), "-o", out.toString(), "--threads", String.valueOf(threads), "--select", "all");
        assertEquals(0, r.code(), r.err());
        return out;
    }

    /** Quads of the page graphs (the metadata graph tells of the run, so it differs by design). */
    private static Set<String> pageQuads(Path nq) throws Exception {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(nq)) if (!line.contains("/graph/metadata>") && !line.isBlank()) out.add(line);
        assertTrue(out.size() > 1000);
        return out;
    }

    private static long lines(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    static String dump(List<String[]> pages) {
        StringBuilder sb = new StringBuilder("<mediawiki>\n");
        for (String[] p : pages) {
            sb.append("<page><title>").append(escape(p[0])).append("</title><ns>0</ns><id>").append(p[2]).append("</id><revision><id>")
                    .append(1000 + Integer.parseInt(p[2])).append("</id><text xml:space=\"preserve\">").append(escape(p[1])).append("</text></revision></page>\n");
        }
        return sb.append("</mediawiki>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
