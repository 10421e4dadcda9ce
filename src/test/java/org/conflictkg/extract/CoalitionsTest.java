package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Coalitions and their members, resolved from the article's prose, and from modified copies of it. */
class CoalitionsTest {
    static final String TITLE = "International military intervention against the Islamic State";
    static final List<String> WALES = List.of("AUS", "CAN", "DNK", "FRA", "DEU", "ITA", "TUR", "GBR", "USA");
    static DatasetGraph article;

    @BeforeAll
    static void extract() { article = Fixtures.store(TITLE, Fixtures.article()); }

    /** Members of the grouping whose name contains {@code words}: ISO alpha-3 codes, sorted. */
    static List<String> members(DatasetGraph dsg, String words) {
        return Fixtures.query(dsg, "coalition-members", Map.of("coalition", words)).stream().skip(1)
                .map(r -> r.get(2)).sorted().toList();
    }

    static Map<String, List<String>> groupings(DatasetGraph dsg) {
        return Fixtures.query(dsg, "coalitions", Map.of()).stream().skip(1)
                .collect(Collectors.toMap(r -> r.get(0), r -> r.subList(1, 5)));
    }

    @Test
    void theFiveGroupingsOfTheArticleWithTheirDatesAndMembers() {
        assertEquals(WALES.stream().sorted().toList(), members(article, "Wales"));
        assertEquals(26, members(article, "International Conference on Peace and Security").size());
        assertEquals(58, members(article, "Global Coalition").size());
        assertEquals(List.of("IRN", "IRQ", "RUS", "SYR"), members(article, "Russia–Syria–Iran–Iraq"));
        List<String> ima = members(article, "Islamic Military Alliance");
        assertEquals(34, ima.size());
        assertTrue(ima.containsAll(List.of("SAU", "CIV", "PSE")), "unlinked Saudi Arabia, Côte d'Ivoire, Palestine");
        assertEquals(13, members(article, "Building Partner Capacity").size());

        Map<String, List<String>> g = groupings(article);
        assertEquals(List.of("2014-12-03", "58", "59", "true"),
                g.get("Global Coalition to Counter the Islamic State of Iraq and the Levant (ISIL)"));
        assertEquals(List.of("2014-09-15", "26", "26", "false"), g.get("International Conference on Peace and Security in Iraq"));
        assertEquals("2015-09", g.get("Russia–Syria–Iran–Iraq coalition").get(0));
        assertEquals(List.of("2015-05", "13", "12", "true"), g.get("Building Partner Capacity (BPC) program"), "'a dozen' vs 13 listed");
        Map<String, String> kinds = Fixtures.query(article, "coalitions", Map.of()).stream().skip(1)
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(5)));
        assertEquals("programme", kinds.get("Building Partner Capacity (BPC) program"));
        assertEquals("meeting", kinds.get("International Conference on Peace and Security in Iraq"));
        assertEquals("coalition", kinds.get("Islamic Military Alliance"));
        assertEquals(2, Fixtures.query(article, "coalitions", Map.of("kind", "meeting")).size() - 1, "kind filters");
    }

    @Test
    void parisIsWalesExceptAustraliaPlusItsOwnList() {
        List<String> paris = members(article, "International Conference");
        assertFalse(paris.contains("AUS"));
        assertTrue(paris.containsAll(List.of("USA", "CAN", "FRA", "IRQ", "SAU", "CHN", "RUS", "ESP")));
        List<String> global = members(article, "Global Coalition");
        assertFalse(global.contains("CHN") || global.contains("RUS"), "except for China and Russia");
        assertTrue(global.containsAll(List.of("AUS", "BHR", "XKX", "MKD", "IRL", "GEO", "BIH")));
    }

    @Test
    void aCountryRemovedFromTheWalesListLeavesWalesAndBrussels() {
        String edited = Fixtures.article().replaceFirst("\\[\\[Denmark]], ", "");
        DatasetGraph dsg = Fixtures.store(TITLE, edited);
        assertFalse(members(dsg, "Wales").contains("DNK"));
        assertEquals(8, members(dsg, "Wales").size());
        assertFalse(members(dsg, "Global Coalition").contains("DNK"));
        assertEquals(57, members(dsg, "Global Coalition").size());
        assertEquals(List.of("57", "59", "true"),
                groupings(dsg).get("Global Coalition to Counter the Islamic State of Iraq and the Levant (ISIL)").subList(1, 4));
    }

    @Test
    void aChangedExceptClauseChangesTheResult() {
        String edited = Fixtures.article().replace("except [[Australia]] and [[Poland]]", "except [[Canada]] and [[Poland]]");
        DatasetGraph dsg = Fixtures.store(TITLE, edited);
        List<String> paris = members(dsg, "International Conference");
        assertTrue(paris.contains("AUS"));
        assertFalse(paris.contains("CAN"));
        assertEquals(26, paris.size());
    }

    @Test
    void aNewCountryInTheFurthermoreListJoinsParis() {
        String edited = Fixtures.article().replace("[[Norway]], [[Russia]] and [[Spain]]", "[[Norway]], [[Russia]], [[Peru]] and [[Spain]]");
        DatasetGraph dsg = Fixtures.store(TITLE, edited);
        assertTrue(members(dsg, "International Conference").contains("PER"));
        assertEquals(List.of("2014-09-15", "27", "26", "true"), groupings(dsg).get("International Conference on Peace and Security in Iraq"));
    }
}
