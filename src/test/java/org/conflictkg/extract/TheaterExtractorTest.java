package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;
import org.junit.jupiter.api.Test;

class TheaterExtractorTest {
    static final MappingRules RULES = MappingRules.load(null);

    @Test
    void placeHeadingsAreTheatersAndSubsectionsInheritThem() {
        WikiDocument d = Fixtures.doc("""
                Lead. Fighting spread to the Gaza Strip and later to [[Sinai Peninsula|Sinai]].
                == International coalitions against X ==
                == Iraq ==
                === U.S.-led intervention ===
                ==== British airstrikes ====
                Text.
                == In the Gaza Strip ==
                == Boko Haram insurgency ==
                === Cameroon ===
                == Battle ==
                == Deaths ==
                == Casualties ==
                === Iraq ===
                == Reactions ==
                === Gaza Strip ===
                == See also ==
                """);
        List<String> names = new TheaterExtractor(RULES).extract(d, x -> {}).stream()
                .map(f -> ((TheaterFact) f).name()).toList();
        // Iraq and Cameroon are countries; the page puts the Gaza Strip after "to the". An insurgency,
        // "Battle" and "Deaths" are no places, and nothing under "Casualties" or "Reactions" is a theater.
        assertEquals(List.of("Iraq", "Gaza Strip", "Cameroon"), names);
        assertEquals("Iraq", TheaterExtractor.theaterOf(d, 4, RULES));
        assertNull(TheaterExtractor.theaterOf(d, 1, RULES));
        assertNull(TheaterExtractor.theaterOf(d, 6, RULES), "Boko Haram insurgency names no place");
        assertEquals("Cameroon", TheaterExtractor.theaterOf(d, 7, RULES));
        assertNull(TheaterExtractor.theaterOf(d, 11, RULES), "Casualties > Iraq is about casualties");
        assertNull(TheaterExtractor.theaterOf(d, 13, RULES), "Reactions > Gaza Strip is about reactions");
    }

    @Test
    void aRenamedHeadingIsATheaterOnlyWhereItIsAPlace() {
        WikiDocument renamed = Fixtures.doc("Lead.\n== Deaths ==\nOn 3 March 2015, 40 people died.\n");
        assertNull(TheaterExtractor.theaterOf(renamed, 1, RULES));
        // Words before a name are no evidence of a place: the gazetteer knows no town "Deaths".
        WikiDocument words = Fixtures.doc("Lead. Raids went on in Deaths, a town.\n== Deaths ==\nText.\n");
        assertNull(TheaterExtractor.theaterOf(words, 1, RULES), "'in Deaths' does not make it a place");
        // A town of the gazetteer that the page writes as a place is one.
        WikiDocument town = Fixtures.doc("Lead. Raids went on in Mosul, a city.\n== Mosul ==\nText.\n");
        assertEquals("Mosul", TheaterExtractor.theaterOf(town, 1, RULES));
    }

    @Test
    void tableColumnHeadersNameTheSameTheaters() {
        assertEquals("Iraq", RULES.theaterOfColumn("In Iraq").orElseThrow());
        assertEquals("Nigeria", RULES.theaterOfColumn("In Nigeria").orElseThrow());
        assertTrue(RULES.theaterOfColumn("See also").isEmpty());
    }
}
