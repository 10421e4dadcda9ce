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
    void topLevelPlaceHeadingsAreTheatersAndSubsectionsInheritThem() {
        WikiDocument d = Fixtures.doc("""
                Lead.
                == International coalitions against X ==
                == Iraq ==
                === U.S.-led intervention ===
                ==== British airstrikes ====
                Text.
                == In the Gaza Strip ==
                == Boko Haram insurgency ==
                == Casualties ==
                == See also ==
                """);
        List<String> names = new TheaterExtractor(RULES).extract(d, x -> {}).stream()
                .map(f -> ((TheaterFact) f).name()).toList();
        assertEquals(List.of("Iraq", "Gaza Strip", "Boko Haram insurgency"), names);
        assertEquals("Iraq", TheaterExtractor.theaterOf(d, 4, RULES));
        assertNull(TheaterExtractor.theaterOf(d, 1, RULES));
    }

    @Test
    void tableColumnHeadersNameTheSameTheaters() {
        assertEquals("Iraq", RULES.theaterOfColumn("In Iraq").orElseThrow());
        assertEquals("Nigeria", RULES.theaterOfColumn("In Nigeria").orElseThrow());
        assertTrue(RULES.theaterOfColumn("See also").isEmpty());
    }
}
