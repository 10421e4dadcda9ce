package org.conflictkg.linked;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.Fixtures;
import org.conflictkg.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * Modified copies of the linked pages: a party removed from a side, a redirect retargeted, a
 * partof changed, an operation linked by its other title. The graph follows each change.
 */
class LinkedChangesTest {
    static final String WIKI = LinkedStoreTest.WIKI;

    private static Map<String, String> pages(String... titles) {
        Map<String, String> all = LinkedPages.pages();
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : titles) out.put(t, all.get(t));
        return out;
    }

    private static DatasetGraph store(String name, Map<String, String> pages, Map<String, String> redirects) {
        Path dump = LinkedPages.export(Path.of("target/linked/" + name + ".xml"), pages, redirects);
        return LinkedPages.store(List.of(dump), new Diagnostics(), List.of());
    }

    private static List<List<String>> sideMembers(DatasetGraph dsg, String conflict) {
        return Fixtures.query(dsg, "coalition-members", Map.of("coalition", conflict, "kind", "side"));
    }

    @Test
    void aPartyRemovedFromASideLeavesItsGroupingAndItsInvolvement() {
        Map<String, String> p = pages("Battle of the Bulge");
        assertEquals(6, sideMembers(store("bulge", p, Map.of()), "Battle of the Bulge").size() - 1);
        String text = p.get("Battle of the Bulge");
        assertTrue(text.contains("* {{flag|Canada|1921}}\n"));
        p.put("Battle of the Bulge", text.replace("* {{flag|Canada|1921}}\n", ""));
        DatasetGraph edited = store("bulge-edited", p, Map.of());
        List<List<String>> members = sideMembers(edited, "Battle of the Bulge");
        assertEquals(5, members.size() - 1);
        assertFalse(LinkedStoreTest.column(members, "iso3").contains("CAN"));
        assertEquals(1, Fixtures.query(edited, "involvement", Map.of("country", "CAN")).size(), "no row for Canada left");
    }

    @Test
    void aRetargetedRedirectMovesTheEntity() {
        Map<String, String> p = pages(LinkedPages.ARTICLE);
        String battle = "SELECT ?b { ?b a ckg:Battle FILTER(CONTAINS(STR(?b), 'Mosul')) }";
        DatasetGraph before = store("mosul", p, Map.of("Battle of Mosul (2016–17)", "Battle of Mosul (2016–2017)"));
        assertEquals(List.of(Map.of("b", WIKI + "Battle_of_Mosul_(2016–2017)")), LinkedStoreTest.select(before, battle));
        DatasetGraph after = store("mosul-retargeted", p, Map.of("Battle of Mosul (2016–17)", "Second Battle of Mosul"));
        assertEquals(List.of(Map.of("b", WIKI + "Second_Battle_of_Mosul")),
                LinkedStoreTest.select(after, battle.replace("'Mosul'", "'Second_Battle_of_Mosul'")));
        assertEquals(List.of(), LinkedStoreTest.select(after, battle.replace("'Mosul'", "'Mosul_(2016'")));
    }

    @Test
    void aChangedPartofChangesWithin() {
        Map<String, String> p = pages("Naval Battle of Guadalcanal", "Pacific War", "World War II");
        DatasetGraph before = store("guadalcanal", p, Map.of("Second World War", "World War II"));
        assertEquals(Set.of("Naval Battle of Guadalcanal", "Pacific War"),
                LinkedStoreTest.column(Fixtures.query(before, "conflicts", Map.of("within", "World War II")), "conflict"));
        String text = p.get("Naval Battle of Guadalcanal");
        assertTrue(text.contains("[[Pacific War|Pacific Theater]]"));
        p.put("Naval Battle of Guadalcanal", text.replace("[[Pacific War|Pacific Theater]]", "[[Guadalcanal campaign]]"));
        DatasetGraph after = store("guadalcanal-edited", p, Map.of("Second World War", "World War II"));
        assertEquals(Set.of("Pacific War"),
                LinkedStoreTest.column(Fixtures.query(after, "conflicts", Map.of("within", "World War II")), "conflict"));
    }

    @Test
    void anOperationLinkedByItsEnglishTitleIsTheOneLinkedByItsFrenchTitle() {
        Map<String, String> p = pages(LinkedPages.ARTICLE);
        String text = p.get(LinkedPages.ARTICLE);
        // One mention by the English title, the {{Main}} by the French one.
        assertTrue(text.contains("[[Opération Chammal|Operation Chammal]]"));
        p.put(LinkedPages.ARTICLE, text.replace("[[Opération Chammal|Operation Chammal]]", "[[Operation Chammal]]"));
        String operations = "SELECT ?o { ?o a ckg:MilitaryOperation FILTER(CONTAINS(STR(?o), 'Chammal')) }";
        DatasetGraph without = store("chammal", p, Map.of());
        assertEquals(2, LinkedStoreTest.select(without, operations).size(), "two titles, two resources without the redirect");
        DatasetGraph with = store("chammal-redirect", p, Map.of("Operation Chammal", "Opération Chammal"));
        assertEquals(List.of(Map.of("o", WIKI + "Opération_Chammal")), LinkedStoreTest.select(with, operations));
    }
}
