package org.conflictkg.sweble;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.doc.FieldItem;
import org.conflictkg.doc.Infobox;
import org.conflictkg.doc.InfoboxField;
import org.conflictkg.doc.WikiDocument;
import org.junit.jupiter.api.Test;

/** Infobox fields cut into the lines and list items a reader sees, with their links, lines and refs. */
class InfoboxReaderTest {
    static List<String> items(InfoboxField f) {
        return f.items().stream().map(i -> "-".repeat(i.depth()) + i.plain()).toList();
    }

    @Test
    void breaksPlainlistsUblsAndNestedLists() {
        WikiDocument d = Fixtures.doc("""
                {{Infobox military conflict
                | commander1 = Leadership:<br>
                {{flagicon|Germany}} [[A]] <small>(until May)</small><br/>[[B]]
                | commander2 = {{plainlist|
                * [[C]]
                ** [[D]]
                }}
                | combatant1 = {{ubl|[[E]]|{{flag|France}}}}
                | result = Victory
                * Treaty signed<ref>Source.</ref>
                }}
                Text.
                """);
        Infobox b = d.infoboxes().get(0);
        assertEquals("infobox military conflict", b.name());
        assertEquals(List.of("Leadership:", "A (until May)", "B"), items(b.field("commander1").orElseThrow()));
        assertEquals(List.of("-C", "--D"), items(b.field("commander2").orElseThrow()));
        assertEquals(List.of("-E", "-France"), items(b.field("combatant1").orElseThrow()));
        InfoboxField result = b.field("result").orElseThrow();
        assertEquals(List.of("Victory", "-Treaty signed"), items(result));
        assertEquals(1, result.items().get(1).text().refs().size(), "the ref belongs to its line");
        assertEquals(d.refs().get(0).index(), result.items().get(1).text().refs().get(0).index(), "and is the page's own ref");
        FieldItem a = b.field("commander1").orElseThrow().items().get(1);
        assertEquals(3, a.text().line());
        assertEquals("A", a.text().links().get(0).target());
        assertEquals("flagicon", a.text().templates().get(0).name(), "the flag before the name stays with its line");
    }

    @Test
    void anInfoboxInsideATableAndTheModuleForm() {
        WikiDocument d = Fixtures.doc("""
                {| style="float:right"
                |{{Infobox military conflict
                |conflict=Battle of X
                |date={{start date|1265|08|04}}
                }}
                |}
                {{#invoke:Infobox military operation|main|name=Operation Y}}
                Text.
                """);
        assertEquals(List.of("infobox military conflict", "infobox military operation|main"),
                d.infoboxes().stream().map(Infobox::name).toList());
        FieldItem date = d.infoboxes().get(0).field("date").orElseThrow().items().get(0);
        assertEquals("start date", date.text().templates().get(0).name(), "a field of a template alone is kept");
    }

    @Test
    void infoboxesAfterTheLeadAreNotThePagesOwnButTheirSections() {
        WikiDocument d = Fixtures.doc("Lead.\n== Earlier ==\nText.\n== Later ==\n=== Inner ===\n{{Infobox military conflict\n|conflict=Other\n}}\n");
        assertEquals(1, d.infoboxes().size());
        assertEquals(3, d.infoboxes().get(0).section(), "the section it stands in, numbered as the document numbers them");
        assertEquals("Inner", d.section(d.infoboxes().get(0).section()).heading());
    }

    @Test
    void categoriesAndGalleryCaptions() {
        WikiDocument d = Fixtures.doc("""
                Lead.
                == Gallery ==
                <gallery>
                File:A.jpg|alt=Soldiers|Troops near [[Mosul]], 2016
                File:B.jpg
                </gallery>
                [[Category:Battles involving France|Example]]
                """);
        assertEquals("Battles involving France", d.categories().get(0).name());
        assertEquals("Example", d.categories().get(0).sortKey());
        var captions = d.section(1).paragraphs().stream().filter(p -> p.caption()).toList();
        assertEquals(1, captions.size());
        assertEquals("Troops near Mosul, 2016", captions.get(0).content().text());
        assertEquals("Mosul", captions.get(0).content().links().get(0).target());
    }
}
