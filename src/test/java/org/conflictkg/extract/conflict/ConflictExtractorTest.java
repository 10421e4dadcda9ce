package org.conflictkg.extract.conflict;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.countries.Countries;
import org.conflictkg.extract.Fact;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Ckg;
import org.junit.jupiter.api.Test;

/** Infobox snippets in, the page's own conflict out: the forms real pages write fields in. */
class ConflictExtractorTest {
    static final String WATERLOO = """
            {{Infobox military conflict
            | conflict    = Battle of Waterloo
            | partof      = the [[War of the Seventh Coalition]]
            | date        = 18 June 1815
            | place       = [[Waterloo, Belgium|Waterloo]], [[United Kingdom of the Netherlands]]<br>(present-day [[Belgium]])
            | coordinates = {{coord|50|40|41|N|4|24|43|E|type:event}}
            | result      = Coalition victory
            | combatant1  = {{flag|United Kingdom}}<br>{{flagicon|Netherlands}} [[United Kingdom of the Netherlands|Netherlands]]
            | combatant2  = {{flagicon|France}} [[First French Empire|French Empire]]
            | commander1  = {{plainlist|
            * {{flagicon|United Kingdom}} [[Arthur Wellesley, 1st Duke of Wellington|Duke of Wellington]]
            * {{flagicon|Kingdom of Prussia}} [[Gebhard Leberecht von Blücher|Blücher]] {{WIA}}
            }}
            | commander2  = {{ubl|[[Napoleon]]|[[Michel Ney]]|Jean-Baptiste Drouet {{POW}}}}
            | strength1   = 118,000
            | strength2   = 73,000<ref name="s2">Chandler, p. 10.</ref>
            | casualties1 = 24,000 killed, wounded or missing
            | casualties2 = c. 41,000
            }}
            The '''Battle of Waterloo''' was fought on Sunday 18 June 1815.<ref name="s2"/>
            [[Category:Battles involving France]]
            [[Category:Conflicts in 1815]]
            """;

    static List<Fact> facts(String title, String wikitext) {
        return new ConflictExtractor(MappingRules.load(null), Countries.bundled()).extract(Fixtures.doc(title, wikitext), d -> {});
    }

    static <T> List<T> of(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theSubjectItsDatesPlaceAndParent() {
        List<Fact> f = facts("Battle of Waterloo", WATERLOO);
        ConflictFacts.Subject s = of(f, ConflictFacts.Subject.class).get(0);
        assertEquals(Ckg.Battle, s.kind(), "typed by its title");
        assertEquals("Battle of Waterloo", s.name());
        assertEquals("infobox military conflict", s.template());
        ConflictFacts.Dates d = of(f, ConflictFacts.Dates.class).get(0);
        assertEquals("1815-06-18", d.start().lexical());
        assertNull(d.end());
        ConflictFacts.Place p = of(f, ConflictFacts.Place.class).stream().filter(x -> x.text() != null).findFirst().orElseThrow();
        assertEquals("Waterloo, United Kingdom of the Netherlands; (present-day Belgium)", p.text());
        assertEquals(List.of("Waterloo, Belgium", "United Kingdom of the Netherlands", "Belgium"),
                p.places().stream().map(ConflictFacts.PlaceRef::target).toList());
        assertEquals("BEL", p.places().get(2).country().iso3(), "a present-day country resolves to its resource");
        ConflictFacts.Place point = of(f, ConflictFacts.Place.class).stream().filter(x -> x.point() != null).findFirst().orElseThrow();
        assertEquals(50.678056, point.point().latitude(), 1e-6);
        assertEquals(4.411944, point.point().longitude(), 1e-6);
        assertEquals(List.of(new ConflictFacts.ParentRef("War of the Seventh Coalition", "War of the Seventh Coalition")),
                of(f, ConflictFacts.PartOf.class).get(0).parents());
    }

    @Test
    void eachSideOnePartyPerLineWithPresentDayCountries() {
        List<ConflictFacts.Party> parties = of(facts("Battle of Waterloo", WATERLOO), ConflictFacts.Party.class);
        assertEquals(List.of("1 United Kingdom GBR", "1 Netherlands NLD", "2 French Empire null"),
                parties.stream().map(p -> p.side() + " " + p.name() + " " + (p.country() == null ? null : p.country().iso3())).toList(),
                "flag and shown name agree on the Netherlands; the French Empire is not France, whatever its flag");
    }

    @Test
    void commandersWithTheirMarksFromListsAndTemplates() {
        List<ConflictFacts.Commander> c = of(facts("Battle of Waterloo", WATERLOO), ConflictFacts.Commander.class);
        assertEquals(List.of("1 Duke of Wellington []", "1 Blücher [WoundedInAction]", "2 Napoleon []", "2 Michel Ney []",
                        "2 Jean-Baptiste Drouet [PrisonerOfWar]"),
                c.stream().map(x -> x.side() + " " + x.name() + " " + x.fates().stream().map(n -> n.getLocalName()).toList()).toList());
        assertEquals("Arthur Wellesley, 1st Duke of Wellington", c.get(0).target(), "the link's target, not its display text");
        assertNull(c.get(4).target());
    }

    @Test
    void strengthAndLossesWithTheirNumbersAndRefs() {
        var doc = Fixtures.doc("Battle of Waterloo", WATERLOO);
        List<ConflictFacts.Figure> f = of(new ConflictExtractor(MappingRules.load(null), Countries.bundled()).extract(doc, d -> {}),
                ConflictFacts.Figure.class);
        assertEquals(List.of("strength 1 118000 118,000", "strength 2 73000 73,000", "casualties 1 24000 24,000 killed, wounded or missing",
                        "casualties 2 41000 c. 41,000"),
                f.stream().map(x -> (x.casualties() ? "casualties " : "strength ") + x.side() + " " + x.figure() + " " + x.text()).toList());
        assertEquals(1, f.get(1).provenance().citations().size(), "the ref inside strength2 is its source");
        assertEquals(16, f.get(1).provenance().line());
    }

    @Test
    void categoriesNameParticipants() {
        List<ConflictFacts.Category> c = of(facts("Battle of Waterloo", WATERLOO), ConflictFacts.Category.class);
        assertEquals(2, c.size());
        assertEquals("FRA", c.get(0).actor().iso3());
        assertNull(c.get(1).actorName());
    }

    @Test
    void theModuleFormAndBceDatesAndCirca() {
        String page = """
                {{#invoke:Infobox military conflict|main
                | conflict = Battle of Example
                | date = {{circa}} 480 BC
                | combatant1 = [[Athens]]
                | combatant2 = [[Achaemenid Empire|Persia]]
                }}
                Text.
                """;
        List<Fact> f = facts("Battle of Example", page);
        assertEquals("infobox military conflict|main", of(f, ConflictFacts.Subject.class).get(0).template());
        assertEquals("-0480", of(f, ConflictFacts.Dates.class).get(0).start().lexical());
        assertEquals(List.of("Athens", "Persia"), of(f, ConflictFacts.Party.class).stream().map(ConflictFacts.Party::name).toList());
    }

    @Test
    void aPageWithoutAMilitaryInfoboxOrCategoryHasNoConflict() {
        String page = "{{Infobox military unit\n| unit_name = Example Army\n}}\nThe army.\n[[Category:Military of Example]]\n";
        List<Fact> f = facts("Example Army", page);
        assertEquals(List.of(), of(f, ConflictFacts.Subject.class));
        assertEquals(1, of(f, ConflictFacts.Category.class).size(), "its categories are still kept");
    }

    @Test
    void anOperationPageIsLedByItsFirstSidesCountry() {
        String page = """
                {{Infobox military operation
                | name = Operation Example
                | date = 1 August 2014 – 9 November 2022
                | executed_by = {{flagicon|France}} [[French Armed Forces]]
                }}
                Text.
                """;
        List<Fact> f = facts("Operation Example", page);
        assertEquals(Ckg.MilitaryOperation, of(f, ConflictFacts.Subject.class).get(0).kind());
        var op = of(f, org.conflictkg.extract.OperationFact.class).get(0);
        assertEquals("FRA", op.leader().iso3(), "the flag and the army's demonym agree on France");
        assertEquals("2022-11-09", op.end().lexical());
    }
}
