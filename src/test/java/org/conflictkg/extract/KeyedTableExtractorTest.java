package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.countries.Countries;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;
import org.junit.jupiter.api.Test;

class KeyedTableExtractorTest {
    static final String TABLE = """
            == Involvement ==
            {| class="wikitable"
            |-
            !colspan=3|Key:<br />{{flatlist|
            * {{color box|darkred|Military|white|border=silver}}
            * {{legend|Forest Green|Intelligence aid}}}}
            |-
            ! Country !! In Iraq !! In Nigeria<ref>Including Cameroon and Chad</ref>
            |-
            | align=left| {{#invoke:flag||United States}} || style="background: darkred" | || style="background:forestgreen" |<ref>{{cite web|url=https://a.example/|title=A}}</ref>
            |-
            | align=left| {{flagicon|France}} [[France]] || style="background:darkred" |{{citation needed|date=May 2020}} || —
            |-
            | align=left| {{flag|Sudan}} || — || —
            |-
            | align=left| {{flag|Chad}} || style="background:hotpink" | || —
            |}
            """;

    private static List<Fact> facts(String wikitext) {
        WikiDocument d = Fixtures.doc(wikitext);
        return new KeyedTableExtractor(MappingRules.load(null), new CountryRecognizer(Countries.bundled()))
                .extract(d, Fixtures.LAST_DIAGNOSTICS::add);
    }

    @Test
    void keyColumnsRowsAndColouredCells() {
        List<Fact> fs = facts(TABLE);
        KeyedTable t = (KeyedTable) fs.get(0);
        assertEquals(List.of(new KeyedTable.KeyEntry("darkred", "Military"), new KeyedTable.KeyEntry("forestgreen", "Intelligence aid")), t.key());
        assertEquals(List.of("Iraq", "Nigeria"), t.columns().stream().map(KeyedTable.Column::theater).toList());
        assertEquals("Including Cameroon and Chad", t.columns().get(1).note());

        List<String> rows = fs.stream().filter(TableRowFact.class::isInstance).map(f -> ((TableRowFact) f).country().iso3()).toList();
        assertEquals(List.of("USA", "FRA", "SDN", "TCD"), rows, "Sudan is listed though not involved");

        List<InvolvementFact> inv = fs.stream().filter(InvolvementFact.class::isInstance).map(InvolvementFact.class::cast).toList();
        assertEquals(3, inv.size());
        assertEquals("USA Iraq Military", inv.get(0).country().iso3() + " " + inv.get(0).theater() + " " + inv.get(0).type());
        assertEquals("Intelligence aid", inv.get(1).type());
        assertEquals(1, inv.get(1).provenance().citations().size(), "the cell's ref is its source");
        assertTrue(inv.get(2).citationNeeded());
        assertFalse(inv.get(0).citationNeeded());
        assertTrue(Fixtures.LAST_DIAGNOSTICS.stream().anyMatch(d -> d.message().contains("hotpink") && d.line() > 0),
                "a colour outside the key is a warning with its line");
    }

    @Test
    void aTableWithoutAKeyIsNotAnInvolvementTable() {
        assertTrue(facts("{| class=wikitable\n! Country !! In Iraq\n|-\n| {{flag|Chad}} || style=\"background:red\" |\n|}").isEmpty());
    }
}
