package org.conflictkg.sweble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sweble.wikitext.engine.utils.DefaultConfigEnWp;
import org.sweble.wikitext.parser.ParserConfig;
import org.sweble.wikitext.parser.WikitextEncodingValidator;
import org.sweble.wikitext.parser.encval.ValidatedWikitext;

class CleanTextTest {
    private static final ParserConfig CONFIG = DefaultConfigEnWp.generate().getParserConfig();

    private static ValidatedWikitext validated(String s) throws Exception {
        return new WikitextEncodingValidator().validate(CONFIG, s, "T");
    }

    @Test
    void aTextCalledCleanIsOneSweblesCheckLeavesUnchanged() throws Exception {
        // Every code unit of the Basic Multilingual Plane between two letters: whenever the check would
        // change the text, the shortcut must not skip it; and it skips nearly all that the check keeps.
        int clean = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            ValidatedWikitext v = validated(s);
            boolean unchanged = v.getWikitext().equals(s) && !v.containsIllegalCodePoints();
            if (CleanText.is(s)) {
                assertTrue(unchanged, String.format("U+%04X", c));
                clean++;
            }
        }
        assertTrue(clean > 0xFFFF - 0x2000 - 6400 - 32 - 40, clean + " code units skipped");
    }

    @Test
    void illegalCodePointsAndSurrogatesAreLeftToTheCheck() throws Exception {
        for (String s : new String[] {"\u0001", "\u000B", "\u0019", "\u007F", "\uE000", "\uF8FF", "\uFDD0", "\uFFFE",
                "\uD83D\uDE00", "\uDB80\uDC00", "x\uD800"})
            assertFalse(CleanText.is("text " + s), s);
        for (String s : new String[] {"\t\n\r", "\u001A\u001F", "é – “x” 中文", "\uFDCF\uFDF0\uFFFD", ""})
            assertTrue(CleanText.is(s), s);
        // a pair outside the Basic Multilingual Plane is valid, only checked the slow way
        assertEquals("a\uD83D\uDE00", validated("a\uD83D\uDE00").getWikitext());
    }
}
