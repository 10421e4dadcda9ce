package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled article's involvement table through the saved queries, and modified copies of it. */
class InvolvementTableTest {
    static final String TITLE = "International military intervention against the Islamic State";
    static DatasetGraph article;

    @BeforeAll
    static void extract() { article = Fixtures.store(TITLE, Fixtures.article()); }

    @Test
    void theMatrixReproducesTheArticlesTableCellForCell() throws Exception {
        List<List<String>> rows = Fixtures.query(article, "involvement-matrix", Map.of());
        List<String> gold = Files.readAllLines(Path.of("src/test/resources/gold/involvement-matrix.csv"));
        assertEquals(List.of("country", "iso3", "iraq", "syria", "libya", "nigeria", "afghanistan"), rows.get(0));
        assertEquals(gold.size(), rows.size(), "59 rows and the header");
        int cells = 0, filled = 0;
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            List<String> expected = List.of(gold.get(i).split(",", -1));
            assertEquals(expected.get(0), r.get(0), "row " + i);
            assertTrue(r.get(1).matches("[A-Z]{3}"), "iso3 of " + r.get(0));
            assertEquals(expected.subList(1, 6), r.subList(2, 7), "row " + i + " " + r.get(0));
            cells += 5;
            filled += (int) r.subList(2, 7).stream().filter(s -> !s.isEmpty()).count();
        }
        assertEquals(295, cells);
        assertEquals(118, filled);
    }

    /** The rows the article's involvement table gives: every row but those of the infobox and the categories. */
    private static List<List<String>> tableRows(List<List<String>> rows) {
        return rows.stream().skip(1).filter(r -> !r.get(3).equals("belligerent") && !r.get(3).equals("category")).toList();
    }

    @Test
    void theLongFormHas118RowsAndFilters() {
        List<List<String>> all = Fixtures.query(article, "involvement", Map.of());
        assertEquals(List.of("country", "iso3", "theater", "type", "sources", "conflict", "side"), all.get(0),
                "the columns scripts read by name, then the new ones after them");
        assertEquals(118, tableRows(all).size());
        assertTrue(tableRows(all).stream().allMatch(r -> r.get(5).equals(TITLE)), "every table row names the article's own war");
        // The categories "Wars involving the United States" and "Wars involving Iraq" are weaker evidence of the same war.
        assertEquals(List.of(List.of("Iraq", "IRQ", "category"), List.of("United States", "USA", "category")),
                all.stream().skip(1).filter(r -> r.get(3).equals("category") && !r.get(1).isEmpty())
                        .map(r -> List.of(r.get(0), r.get(1), r.get(3))).sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertEquals(tableRows(all), tableRows(Fixtures.query(article, "involvement", Map.of("conflict", "military intervention"))));
        assertEquals(5, Fixtures.query(article, "involvement", Map.of("country", "FRA")).size());
        assertEquals(5, Fixtures.query(article, "involvement", Map.of("country", "france")).size());
        List<List<String>> libya = Fixtures.query(article, "involvement", Map.of("theater", "Libya"));
        assertTrue(libya.stream().skip(1).allMatch(r -> r.get(2).equals("Libya")));
        List<List<String>> intel = Fixtures.query(article, "involvement", Map.of("type", "Intelligence aid"));
        assertTrue(intel.size() > 1 && intel.stream().skip(1).allMatch(r -> r.get(3).equals("Intelligence aid")));
        assertEquals(1, Fixtures.query(article, "involvement", Map.of("country", "France\" || true || \"")).size());
    }

    @Test
    void theNigeriaColumnKeepsItsFootnote() {
        var q = org.apache.jena.query.QueryFactory.create("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?n { ?t rdfs:label \"Nigeria\"@en ; ckg:note ?n }");
        String note = org.apache.jena.system.Txn.calculateRead(article, () -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(article).query(q).build()) {
                return qe.select().next().get("n").getLiteralLexicalForm();
            }
        });
        assertEquals("Including Cameroon, Chad, and Niger", note);
    }

    private static List<List<String>> involvement(String wikitext, Map<String, String> params) {
        return Fixtures.query(Fixtures.store(TITLE, wikitext), "involvement", params);
    }

    @Test
    void aRecolouredCellChangesItsType() {
        String a = Fixtures.article();
        String row = "| align=left| {{#invoke:flag||Albania}} || style=\"background:orangered\"|";
        assertTrue(a.contains(row));
        String edited = a.replace(row, "| align=left| {{#invoke:flag||Albania}} || style=\"background:slateblue\"|");
        List<List<String>> r = involvement(edited, Map.of("country", "ALB", "theater", "Iraq"));
        assertEquals("Humanitarian aid", r.get(1).get(3));
    }

    @Test
    void aNewKeyEntryWithANewColourIsANewType() {
        String a = Fixtures.article();
        String edited = a.replace("* {{color box|forestgreen|Intelligence aid|white|border=silver}}",
                        "* {{color box|forestgreen|Intelligence aid|white|border=silver}}\n* {{color box|gold|Financial aid|white|border=silver}}")
                .replace("| align=left| {{#invoke:flag||Austria}} || style=\"background:slateblue\"|",
                        "| align=left| {{#invoke:flag||Austria}} || style=\"background:gold\"|");
        List<List<String>> r = involvement(edited, Map.of("country", "AUT", "theater", "Iraq"));
        assertEquals("Financial aid", r.get(1).get(3));
    }

    @Test
    void aNewRowIsANewCountry() {
        String a = Fixtures.article();
        String edited = a.replace("| align=left| {{#invoke:flag||Albania}}",
                "| align=left| {{#invoke:flag||Peru}} || — || style=\"background:darkred\"| || — || — || —\n|-\n| align=left| {{#invoke:flag||Albania}}");
        List<List<String>> r = involvement(edited, Map.of("country", "Peru"));
        assertEquals(2, r.size());
        assertEquals(List.of("Peru", "PER", "Syria", "Military"), r.get(1).subList(0, 4));
        assertEquals(118 + 1, tableRows(involvement(edited, Map.of())).size());
    }

    @Test
    void aNewTheaterColumnShowsInTheLongForm() {
        String a = Fixtures.article();
        String header = "!! style=\"width:15%;\"|In Afghanistan";
        assertTrue(a.contains(header));
        String edited = a.replace(header, header + " !! In Yemen").replace("!colspan=6|Key:", "!colspan=7|Key:")
                .replace("| align=left| {{#invoke:flag||United States}} || style=\"background:darkred\"| || style=\"background:darkred\"| || style=\"background:darkred\"| || style=\"background:forestgreen\"| || style=\"background:darkred\"|",
                        "| align=left| {{#invoke:flag||United States}} || style=\"background:darkred\"| || style=\"background:darkred\"| || style=\"background:darkred\"| || style=\"background:forestgreen\"| || style=\"background:darkred\"| || style=\"background:orangered\"|");
        List<List<String>> r = involvement(edited, Map.of("theater", "Yemen"));
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("United States", "USA", "Yemen", "Military aid"), r.get(1).subList(0, 4));
        List<List<String>> matrix = Fixtures.query(Fixtures.store(TITLE, edited), "involvement-matrix", Map.of());
        assertEquals(List.of("country", "iso3", "iraq", "syria", "libya", "nigeria", "afghanistan", "yemen"), matrix.get(0),
                "the matrix has a column per theater of the table, in its order");
        assertEquals("Military aid", matrix.stream().filter(x -> x.get(0).equals("United States")).findFirst().orElseThrow().get(7));
    }
}
