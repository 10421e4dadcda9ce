package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Dates as sentences write them: where they start, which words qualify them, bare years. */
class DateMentionTest {
    @Test
    void aQualifierIsAWordOfItsOwn() {
        DateMention early = DateMention.find("Strikes resumed in early March 2015 near Mosul.").get(0);
        assertEquals("early", early.qualifier());
        assertEquals(3, early.month());

        DateMention nearly = DateMention.find("The siege lasted nearly 3 March 2015 to May.").get(0);
        assertNull(nearly.qualifier(), "\"nearly\" holds \"early\" but is another word");
        assertEquals(3, nearly.day());
        assertEquals(2015, nearly.year());
        assertEquals("The siege lasted nearly ".length(), nearly.start());
    }

    @Test
    void yearsAfterTheirWordsAndNotInRanges() {
        List<DateMention> found = DateMention.find("Throughout 2016 and since  2017, but not in 2018-2019, only in 2020.");
        assertEquals(List.of(2016, 2017, 2020), found.stream().map(DateMention::year).toList());
        assertEquals(0, found.get(0).start());
        assertTrue(found.stream().allMatch(d -> d.month() == 0 && d.day() == null));
    }

    @Test
    void aYearInsideAFullDateIsNotCountedTwice() {
        List<DateMention> found = DateMention.find("On 5 May 2015, and by 2016.");
        assertEquals(2, found.size());
        assertEquals(5, found.get(0).day());
        assertEquals(2016, found.get(1).year());
    }
}
