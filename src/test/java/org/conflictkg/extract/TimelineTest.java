package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operations, battles, the timeline and casualty claims of the article, through the saved queries. */
class TimelineTest {
    static final String TITLE = "International military intervention against the Islamic State";
    static DatasetGraph article;

    @BeforeAll
    static void extract() { article = Fixtures.store(TITLE, Fixtures.article()); }

    @Test
    void operationsOfTheCountrySectionsWithTheirLeadersAndNoNamesakes() {
        List<List<String>> rows = Fixtures.query(article, "operations", Map.of());
        Map<String, Set<String>> leaders = rows.stream().skip(1)
                .collect(Collectors.groupingBy(r -> r.get(0), Collectors.mapping(r -> r.get(1), Collectors.toSet())));
        Map<String, String> expected = Map.ofEntries(Map.entry("Operation Inherent Resolve", "United States"),
                Map.entry("Opération Chammal", "France"), Map.entry("Operation Impact", "Canada"),
                Map.entry("Operation Okra", "Australia"), Map.entry("Operation Shader", "United Kingdom"),
                Map.entry("Operation Tidal Wave II", "United States"), Map.entry("Operation Martyr Yalçın", "Turkey"),
                Map.entry("Operation Odyssey Lightning", "United States"), Map.entry("Operation Rescue (Syria)", "Russia"),
                Map.entry("Operation Hamza", "United States"), Map.entry("Operation Pacific Eagle – Philippines", "United States"));
        expected.forEach((op, country) -> assertEquals(Set.of(country), leaders.get(op), op));
        assertTrue(leaders.containsKey("Operation Barkhane"));
        assertFalse(leaders.containsKey("Operation Tidal Wave"), "the World War II namesake");
        assertFalse(leaders.containsKey("Operation Desert Fox"), "in a hatnote about earlier interventions");
        assertEquals(List.of("Operation Odyssey Lightning", "United States", "Libya", "2016-08-17", "2016-12-20"),
                rows.stream().filter(r -> r.get(0).equals("Operation Odyssey Lightning")).findFirst().orElseThrow());
    }

    @Test
    void battlesHaveTheirYearsAndTheater() {
        List<List<String>> rows = Fixtures.query(article, "battles", Map.of());
        List<String> raqqa = rows.stream().filter(r -> r.get(0).equals("Raqqa campaign (2016–2017)")).findFirst().orElseThrow();
        assertEquals(List.of("campaign", "2016", "2017"), List.of(raqqa.get(1), raqqa.get(3), raqqa.get(4)));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Siege of Marawi") && r.get(2).equals("Philippines")));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Battle of Sirte (2016)") && r.get(2).equals("Libya")));
    }

    @Test
    void theTimelineIsOrderedAndFilters() {
        List<List<String>> all = Fixtures.query(article, "timeline", Map.of());
        assertTrue(all.size() > 200);
        for (int i = 2; i < all.size(); i++)
            assertTrue(all.get(i - 1).get(0).compareTo(all.get(i).get(0)) <= 0 || all.get(i).get(0).length() != all.get(i - 1).get(0).length(),
                    "ordered by date");
        List<List<String>> libya2016 = Fixtures.query(article, "timeline", Map.of("theater", "Libya", "from", "2016-01-01", "to", "2016-12-31"));
        assertTrue(libya2016.size() > 3);
        assertTrue(libya2016.stream().skip(1).allMatch(r -> r.get(2).equals("Libya") && r.get(0).startsWith("2016")));
        List<List<String>> canada = Fixtures.query(article, "timeline", Map.of("country", "CAN"));
        assertTrue(canada.stream().skip(1).allMatch(r -> r.get(4).contains("Canada")));
        assertTrue(canada.size() > 5);
    }

    @Test
    void casualtyClaimsWithFiguresRangesHedgesAndClaimants() {
        List<List<String>> rows = Fixtures.query(article, "casualty-claims", Map.of());
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("815-1149") && r.get(2).equals("civilian non-combatants")
                && r.get(1).equals("Airwars") && r.get(0).equals("2016-01")));
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("over 10000") && r.get(2).equals("ISIL fighters")));
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("as many as 50000")));
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("over 8500") && r.get(2).equals("ISIL militants")), rows.toString());
    }
}
