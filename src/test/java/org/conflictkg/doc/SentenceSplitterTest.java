package org.conflictkg.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String s) {
        InlineText t = new InlineText(s, List.of(), List.of(), List.of(), List.of(), List.of(), 1);
        return SentenceSplitter.split(t, 0).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("It began. ", "It ended!", "Did it?").stream().map(String::strip).toList(),
                split("It began. It ended! Did it?"));
    }

    @Test
    void keepsAbbreviationsTitlesAndInitials() {
        assertEquals(List.of("Lt. Gen. Sean MacFarland said U.S. forces flew No. 5 sorties with George W. Bush."),
                split("Lt. Gen. Sean MacFarland said U.S. forces flew No. 5 sorties with George W. Bush."));
    }

    @Test
    void innerPeriodAbbreviationEndsASentenceBeforeASentenceStarter() {
        assertEquals(List.of("The strike was led by the U.S.", "The next day it ended."),
                split("The strike was led by the U.S. The next day it ended."));
    }

    @Test
    void numbersAndQuotesStartSentences() {
        assertEquals(List.of("It said \"no.\"", "2014 was worse."), split("It said \"no.\" 2014 was worse."));
    }

    @Test
    void doesNotSplitBeforeLowerCase() {
        assertEquals(List.of("About 5 p.m. local time it ended."), split("About 5 p.m. local time it ended."));
    }
}
