package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.conflictkg.Fixtures;
import org.junit.jupiter.api.Test;

/** Casualty claims from small snippets: figures, ranges, hedges, and numbers that are not claims. */
class CasualtyExtractorTest {
    private static List<CasualtyFact> claims(String wikitext) {
        return new CasualtyExtractor(org.conflictkg.mapping.MappingRules.load(null)).extract(Fixtures.doc(wikitext), d -> {}).stream().map(CasualtyFact.class::cast).toList();
    }

    @Test
    void aFigureInsideAWordIsNoClaim() {
        List<CasualtyFact> c = claims("Two A320 fighters escorted the strike, which killed about 40 ISIL militants.\n");
        assertEquals(1, c.size(), c.toString());
        assertEquals(40L, c.get(0).figure());
        assertEquals("about", c.get(0).qualifier());
        assertEquals("ISIL militants", c.get(0).group());
    }

    @Test
    void aRangeWithItsClaimant() {
        List<CasualtyFact> c = claims("According to Airwars, between 815 and 1,149 civilians were killed in 2015.\n");
        assertEquals(1, c.size(), c.toString());
        assertNull(c.get(0).figure());
        assertEquals(815L, c.get(0).min());
        assertEquals(1149L, c.get(0).max());
        assertEquals("Airwars", c.get(0).claimant());
    }
}
