package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The filtered search finds exactly what {@link Matcher#find()} finds, whatever the pattern starts with. */
class MatchStartsTest {
    private static final String[] PATTERNS = {
            "\\b(invited|were represented|joined|join|members? (of|were|are))\\b",
            "\\bon\\b", "\\Bin", "\\s+and\\s+", "(?m)^[A-Z]\\w+", "^Ab", "x$", "a*", "(?i)\\bJAN(uary)?\\b",
            "\\d{4}(?![-–]\\d)", "(?<=a)b", "(?<![\\p{L}])\\d+ men", "[^,;]+;", "", "\\p{Lu}\\p{L}+ said", "é+", "\\bI\\b", "(?i)Retrieved(?: on)?\\s+([^.]+?\\d{4})",
            "\\d{1,2}\\s+(?:Jan|June?)\\s+\\d{4}|(?:Jan|June?)\\s+\\d{1,2},\\s+\\d{4}", "b\\b", "a\\Bb", "(?<who>\\p{Lu}\\w+) said",
            "(?<who>[a-z]+)(?<!in) on",
    };
    private static final String ALPHABET = "aAbBjJoinmers xyz,;-–\n\t0123456789éÉ_.";

    @Test
    void findsWhatFindFindsOnRandomTexts() {
        Random r = new Random(7);
        for (String regex : PATTERNS) {
            Pattern p = Pattern.compile(regex, regex.startsWith("\\b(") ? Pattern.CASE_INSENSITIVE : 0);
            MatchStarts starts = MatchStarts.of(p);
            for (int n = 0; n < 3000; n++) {
                String text = randomText(r);
                Matcher expected = p.matcher(text);
                Matcher got = starts.find(text);
                if (!expected.find()) { assertNull(got, regex + " on \"" + text + "\""); continue; }
                assertEquals(expected.start() + ":" + expected.end(), got == null ? "none" : got.start() + ":" + got.end(),
                        regex + " on \"" + text + "\"");
            }
        }
    }

    @Test
    void eachGivesEveryMatchThatRepeatedFindGives() {
        Random r = new Random(11);
        for (String regex : PATTERNS) {
            Pattern p = Pattern.compile(regex);
            MatchStarts starts = MatchStarts.of(p);
            for (int n = 0; n < 1000; n++) {
                String text = randomText(r);
                StringBuilder expected = new StringBuilder(), got = new StringBuilder();
                Matcher m = p.matcher(text);
                while (m.find()) expected.append(m.start()).append(':').append(m.end()).append(' ');
                starts.each(text, x -> got.append(x.start()).append(':').append(x.end()).append(' '));
                assertEquals(expected.toString(), got.toString(), regex + " on \"" + text + "\"");
            }
        }
    }

    @Test
    void aSentenceWithTheCueInTheMiddle() {
        MatchStarts cue = MatchStarts.of(Pattern.compile("\\b(joined|formed)\\b", Pattern.CASE_INSENSITIVE));
        Matcher m = cue.find("In 2014, France, Italy and Spain Joined the coalition; others formed it.");
        assertEquals("Joined", m.group());
        assertNull(cue.find("The rejoined unit was reformed."), "inside words there is no cue");
    }

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--)
            sb.append(r.nextInt(6) == 0 ? pick(r, "joined", "members of", "January", "2014", " on ", "Ab", "I", "Abe said",
                    "Retrieved on 3 June 2014", "June 5, 2014", "12 Jan 2014", "RETRIEVED ")
                    : String.valueOf(ALPHABET.charAt(r.nextInt(ALPHABET.length()))));
        return sb.toString();
    }

    private static String pick(Random r, String... s) { return s[r.nextInt(s.length)]; }
}
