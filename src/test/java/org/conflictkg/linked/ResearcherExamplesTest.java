package org.conflictkg.linked;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.system.Txn;
import org.conflictkg.diag.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SPARQL examples of docs/researchers.md, run as written on a store of many pages that link one
 * another (the linked fixture set): each answers at least one row, and the rows the guide shows
 * under {@code <!-- output -->} come out, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearcherExamplesTest {
    static final Path GUIDE = Path.of("docs/researchers.md");
    private DatasetGraph store;

    @BeforeAll
    void loadTheLinkedPages() {
        Path dump = LinkedPages.export(Path.of("target/linked/examples.xml"), LinkedPages.pages(), LinkedPages.redirects());
        store = LinkedPages.store(List.of(dump), new Diagnostics(d -> {}), List.of());
    }

    record Example(String sparql, String shown, int line) {}

    static List<Example> examples() throws Exception {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(GUIDE);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```sparql")) continue;
            int start = i + 1;
            StringBuilder q = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("```"); i++) q.append(lines.get(i)).append('\n');
            String shown = null;
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            if (j < lines.size() && lines.get(j).strip().equals("<!-- output -->")) {
                StringBuilder s = new StringBuilder();
                for (j += 2; !lines.get(j).strip().equals("```"); j++) s.append(lines.get(j)).append('\n');
                shown = s.toString();
            }
            out.add(new Example(q.toString(), shown, start));
        }
        return out;
    }

    private String csv(String sparql) {
        return Txn.calculateRead(store, () -> {
            try (var qe = QueryExecutionFactory.create(QueryFactory.create(sparql), DatasetImpl.wrap(store))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(bytes, qe.execSelect());
                return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            }
        });
    }

    @Test
    void everyExampleAnswersAndShowsWhatItReturns() throws Exception {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 5, "the guide has its examples: " + examples.size());
        for (Example e : examples) {
            String got = csv(e.sparql());
            if (Boolean.getBoolean("ckg.print")) System.out.println("--- line " + e.line() + "\n" + got);
            assertTrue(got.strip().lines().count() > 1, GUIDE + ":" + e.line() + " answers no row:\n" + e.sparql());
            if (e.shown() == null) continue;
            int from = 0;
            for (String want : e.shown().split("\n")) {
                if (want.isBlank() || want.strip().equals("…")) continue;
                String w = want.strip().replace("…", "").strip(); // "…" ends a row shown in part
                int at = got.indexOf(w, from);
                assertTrue(at >= 0, GUIDE + ":" + e.line() + ": the guide shows\n" + want + "\nbut the query answers:\n" + got);
                from = at + w.length();
            }
        }
    }
}
