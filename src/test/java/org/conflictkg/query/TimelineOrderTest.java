package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline in time order across precisions, and date ranges that keep the periods they overlap. */
class TimelineOrderTest {
    static DatasetGraph store;

    @BeforeAll
    static void extract() {
        store = Fixtures.store("Example war", """
                Lead.
                == Iraq ==
                On 5 August 2014, aircraft struck.
                In 2014, the war widened.
                In July 2014, troops arrived.
                In 2015, talks began.
                On 3 March 2013, the first raid came.
                """);
    }

    private static List<String> dates(Map<String, String> params) {
        return Fixtures.query(store, "timeline", params).stream().skip(1).map(r -> r.get(0)).toList();
    }

    @Test
    void rowsAreInTimeOrderAcrossPrecisions() {
        assertEquals(List.of("2013-03-03", "2014", "2014-07", "2014-08-05", "2015"), dates(Map.of()));
    }

    @Test
    void aRangeKeepsThePeriodsItOverlaps() {
        assertEquals(List.of("2014", "2014-08-05", "2015"), dates(Map.of("from", "2014-08-01")),
                "the year 2014 overlaps a range from August 2014; July 2014 does not");
        assertEquals(List.of("2013-03-03", "2014", "2014-07"), dates(Map.of("to", "2014-07-15")));
        assertEquals(List.of("2014", "2014-07"), dates(Map.of("from", "2014-07-10", "to", "2014-07-20")));
    }
}
