package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Rules that must hold on pages nobody here has seen: places only by evidence, infoboxes in sections,
 * attacks and factions, losses by kind. Pages written for these tests (src/test/resources/pages) and
 * modified copies of the bundled article.
 */
class UnseenPagesTest {
    static final String TITLE = "International military intervention against the Islamic State";

    private static Set<String> theaters(DatasetGraph dsg) {
        String q = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?l { ?t a ckg:Theater ; rdfs:label ?l }";
        var rows = new TreeSet<String>();
        org.apache.jena.system.Txn.executeRead(dsg, () -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).build()) {
                qe.select().forEachRemaining(b -> rows.add(b.get("l").getLiteralLexicalForm()));
            }
        });
        return rows;
    }

    private static DatasetGraph page(String file) throws IOException {
        String name = file.replace(".wikitext", "").replace('_', ' ');
        return Fixtures.store(name, Files.readString(Path.of("src/test/resources/pages", file)));
    }

    @Test
    void theArticlesTheatersArePlacesAndHeadingsThatNamePeopleOrGroupsAreNot() {
        Set<String> before = theaters(Fixtures.store(TITLE, Fixtures.article()));
        assertEquals(new TreeSet<>(List.of("Afghanistan", "Burkina Faso", "Egypt", "Gaza Strip", "Iraq", "Lebanon", "Libya", "Mali",
                "Niger", "Nigeria", "Philippines", "Somalia", "Syria", "Yemen")), before);
        // "Deaths" is no excluded heading as "Casualties" is: its subsection "ISIL" is still no place.
        String deaths = Fixtures.article().replace("==Casualties==", "==Deaths==");
        assertEquals(before, theaters(Fixtures.store(TITLE, deaths)));
        // A heading that names an organisation, or a person the text writes "... to", is no theater.
        String renamed = Fixtures.article().replace("== Yemen ==", "== Federal Bureau of Investigation ==")
                .replace("== Somalia ==", "== Abu Bakr al-Baghdadi ==")
                .replace("intervene against the [[Islamic State]]", "intervene against the [[Islamic State]], reporting to Abu Bakr al-Baghdadi");
        Set<String> after = theaters(Fixtures.store(TITLE, renamed));
        assertFalse(after.contains("Federal Bureau of Investigation") || after.contains("Abu Bakr al-Baghdadi"), after.toString());
        assertTrue(after.containsAll(List.of("Iraq", "Syria", "Gaza Strip")));
    }

    @Test
    void aTheaterHasAPointForAMap() {
        List<List<String>> places = Fixtures.query(Fixtures.store(TITLE, Fixtures.article()), "places", Map.of("kind", "theater"));
        Map<String, List<String>> byName = places.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r));
        assertEquals(List.of("Gaza Strip", "31.4503", "34.4217", "theater"), byName.get("Gaza Strip"), "a region of the gazetteer");
        assertEquals(List.of("Iraq", "33.0", "44.0", "theater"), byName.get("Iraq"), "a country's centre");
    }

    @Test
    void anInfoboxInASectionGivesThatSectionsBattlePartOfThePagesSubject() throws IOException {
        DatasetGraph dsg = page("Exercise_Sandpiper.wikitext");
        List<List<String>> conflicts = Fixtures.query(dsg, "conflicts", Map.of("conflict", "Lyme Bay"));
        assertEquals(2, conflicts.size(), conflicts.toString());
        assertEquals("1944-04-28", conflicts.get(1).get(2));
        assertTrue(conflicts.get(1).get(6).contains("Exercise Sandpiper"), "part of the page's own subject");
        assertEquals(List.of("United Kingdom", "United States", "Germany"), Fixtures.query(dsg, "belligerents", Map.of("conflict", "Lyme Bay"))
                .stream().skip(1).map(r -> r.get(2)).toList());
        assertEquals(List.of("killed 749", "wounded 200", "materiel 2"), Fixtures.query(dsg, "forces", Map.of("conflict", "Lyme Bay", "kind", "losses"))
                .stream().skip(1).filter(r -> r.get(1).equals("1")).map(r -> r.get(2) + " " + r.get(3)).toList());
        assertEquals(1, Fixtures.query(dsg, "belligerents", Map.of("conflict", "Exercise Sandpiper")).size() - 1,
                "the page's own infobox keeps its own statements");
    }

    @Test
    void anAttacksPerpetratorsAreItsSideAndItsDeadAndInjuredLossesOfTheirKind() throws IOException {
        DatasetGraph dsg = page("Attack_on_the_Example_Market.wikitext");
        List<List<String>> c = Fixtures.query(dsg, "conflicts", Map.of());
        assertEquals(List.of("Attack on the Example Market", "attack", "2016-07-14"), c.get(1).subList(0, 3));
        assertEquals(List.of("1", "ISIL (claimed)"), Fixtures.query(dsg, "belligerents", Map.of()).get(1).subList(1, 3));
        assertEquals(List.of("2 killed 86", "2 wounded 458"), Fixtures.query(dsg, "forces", Map.of()).stream().skip(1)
                .map(r -> r.get(1) + " " + r.get(2) + " " + r.get(3)).toList());
    }

    @Test
    void aFactionIsAnActorWithLeadersAlliesOpponentsAndAnArea() throws IOException {
        DatasetGraph dsg = page("Example_Liberation_Front.wikitext");
        List<List<String>> f = Fixtures.query(dsg, "factions", Map.of());
        assertEquals(List.of("Example Liberation Front", "2012", "2019", "Abu Example; Second Example", "Turkey; Free Syrian Army",
                "Syria; Islamic State of Iraq and the Levant", "Raqqa Governorate; Aleppo Governorate"), f.get(1).subList(0, 7));
        assertEquals(1, Fixtures.query(dsg, "conflicts", Map.of()).size(), "a faction is no conflict");
    }

    @Test
    void aRemovedLossLineAndAChangedCueFollowTheText() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/pages/Exercise_Sandpiper.wikitext"));
        DatasetGraph dsg = Fixtures.store("Exercise Sandpiper", text.replace("200 wounded", "200 captured"));
        assertTrue(Fixtures.query(dsg, "forces", Map.of("kind", "captured")).stream().anyMatch(r -> r.get(3).equals("200")));
        assertEquals(1, Fixtures.query(dsg, "forces", Map.of("kind", "wounded")).size());
    }
}
