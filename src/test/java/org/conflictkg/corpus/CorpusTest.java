package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.Fixtures;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.RunSummary;
import org.conflictkg.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The sixteen real conflict articles of {@code src/test/resources/corpus/conflicts/} through the
 * whole pipeline into one store, then the saved queries a user would run. The expected values
 * ({@code conflicts-expected.tsv}) were written down by reading each page's wikitext.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusTest {
    static final Path DIR = Path.of("src/test/resources/corpus/conflicts");
    private DatasetGraph store;
    private final Diagnostics diagnostics = new Diagnostics();
    private RunSummary summary;

    @BeforeAll
    void extractTheCorpus() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(DIR)) {
            pages = s.filter(p -> p.toString().endsWith(".wikitext")).sorted().toList();
        }
        store = Stores.inMemory();
        Txn.executeWrite(store, () -> summary = Pipeline.builder().inputs(pages).diagnostics(diagnostics).build()
                .run(StreamRDFLib.dataset(store)));
    }

    @Test
    void everyPageIsReadAndNoneFails() {
        assertEquals(16, summary.pages(), summary.toString());
        assertEquals(0, summary.failedPages());
        assertEquals(List.of(), diagnostics.all().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList());
    }

    @Test
    void timelineTheatersArePlacesOrEmpty() {
        Set<String> theaters = Fixtures.query(store, "timeline", Map.of()).stream().skip(1).map(r -> r.get(2))
                .collect(Collectors.toCollection(TreeSet::new));
        // Only the English Civil War's sections on Scotland, Ireland and England name places; "Battle",
        // "Armies", "Culture" and the like are headings, not theaters.
        assertEquals(new TreeSet<>(List.of("", "England", "Ireland", "Scotland")), theaters);
    }

    @TestFactory
    Stream<DynamicTest> eachPageGivesTheFactsOfItsInfobox() throws IOException {
        Map<String, Map<String, String>> expected = expected();
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private void check(String page, Map<String, String> want) {
        String url = "https://en.wikipedia.org/wiki/" + page.replace(' ', '_').replace("(", "%28").replace(")", "%29");
        List<List<String>> all = Fixtures.query(store, "conflicts", Map.of());
        int w = all.get(0).indexOf("wikipedia");
        List<List<String>> conflict = all.stream()
                .filter(r -> r.get(w).equals(url) || r.get(w).equals(url.replace("%28", "(").replace("%29", ")"))).toList();
        if ("none".equals(want.get("conflict"))) {
            assertEquals(List.of(), conflict, page + " describes no conflict of its own");
            return;
        }
        assertEquals(1, conflict.size(), page + ": one conflicts row");
        List<String> row = conflict.get(0);
        String name = row.get(0);
        Map<String, String> got = new LinkedHashMap<>();
        got.put("start", row.get(2));
        if (want.containsKey("end")) got.put("end", row.get(3));
        got.put("place", row.get(4));
        List<List<String>> parties = Fixtures.query(store, "belligerents", Map.of("conflict", name));
        List<List<String>> commanders = Fixtures.query(store, "commanders", Map.of("conflict", name));
        List<List<String>> forces = Fixtures.query(store, "forces", Map.of("conflict", name));
        for (String side : List.of("1", "2")) {
            got.put("side" + side, joined(parties, name, side, 2));
            got.put("commanders" + side, joined(commanders, name, side, 2));
            for (String kind : List.of("strength", "casualties"))
                if (want.containsKey(kind + side)) got.put(kind + side, firstFigure(forces, name, side, kind));
        }
        Map<String, String> wanted = new LinkedHashMap<>(want);
        wanted.keySet().retainAll(got.keySet());
        assertEquals(wanted, got, page);
    }

    private static String joined(List<List<String>> rows, String conflict, String side, int column) {
        return rows.stream().skip(1).filter(r -> r.get(0).equals(conflict) && r.get(1).equals(side))
                .map(r -> r.get(column)).collect(Collectors.joining(" | "));
    }

    private static String firstFigure(List<List<String>> rows, String conflict, String side, String kind) {
        return rows.stream().skip(1)
                // "casualties" stands for every kind of loss (killed, wounded, materiel...): the first line of the field
                .filter(r -> r.get(0).equals(conflict) && r.get(1).equals(side) && !r.get(3).isEmpty()
                        && (kind.equals("strength") ? r.get(2).equals("strength") : !r.get(2).equals("strength")))
                .findFirst().map(r -> r.get(3) + " | " + r.get(4)).orElse("");
    }

    static Map<String, Map<String, String>> expected() throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolveSibling("conflicts-expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
        }
        return out;
    }
}
