package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.Test;

/** A corpus page edited the way an editor would: the graph follows the text, not a list of names. */
class ModifiedCorpusPageTest {
    static final String TITLE = "Battle of Evesham";

    private static String page() throws IOException {
        return Files.readString(Path.of("src/test/resources/corpus/conflicts/Battle_of_Evesham.wikitext"));
    }

    private static List<List<String>> rows(String wikitext, String query) {
        DatasetGraph store = Fixtures.store(TITLE, wikitext);
        return Fixtures.query(store, query, Map.of("conflict", "Evesham")).stream().skip(1).toList();
    }

    @Test
    void aCommanderRemovedFromTheInfoboxIsGone() throws IOException {
        String original = page();
        String edited = original.replace("<br />[[Peter de Montfort]]{{KIA}}", "");
        assertNotEquals(original, edited);
        assertEquals(List.of("Simon de Montfort", "Peter de Montfort"),
                rows(original, "commanders").stream().filter(r -> r.get(1).equals("2")).map(r -> r.get(2)).toList());
        assertEquals(List.of("Simon de Montfort"),
                rows(edited, "commanders").stream().filter(r -> r.get(1).equals("2")).map(r -> r.get(2)).toList());
    }

    @Test
    void aChangedDateChangesTheConflict() throws IOException {
        String edited = page().replace("{{start date|1265|08|04|df=y}}", "4–5 August 1266");
        List<String> row = rows(edited, "conflicts").get(0);
        assertEquals(List.of("1266-08-04", "1266-08-05"), row.subList(2, 4));
    }

    @Test
    void aCountryAddedToASideIsABelligerentWithItsCode() throws IOException {
        String edited = page().replace("|combatant2=Baronial forces", "|combatant2=Baronial forces<br>{{flag|Wales}}");
        assertEquals(List.of(List.of("2", "Baronial forces", ""), List.of("2", "Wales", "")),
                rows(edited, "belligerents").stream().filter(r -> r.get(1).equals("2")).map(r -> List.of(r.get(1), r.get(2), r.get(3))).toList(),
                "Wales has no ISO 3166-1 code of its own");
        String france = page().replace("|combatant2=Baronial forces", "|combatant2=Baronial forces<br>{{flag|France}}");
        assertEquals(List.of("", "FRA"),
                rows(france, "belligerents").stream().filter(r -> r.get(1).equals("2")).map(r -> r.get(3)).toList());
    }
}
