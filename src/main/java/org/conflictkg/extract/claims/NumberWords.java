package org.conflictkg.extract.claims;

import java.util.Locale;
import java.util.Map;

/** English numerals as words: "three", "twelve", "fifty-nine". */
final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private NumberWords() {}

    static Long parse(String s) {
        String t = s.toLowerCase(Locale.ROOT).trim();
        if (WORDS.containsKey(t)) return (long) WORDS.get(t);
        int dash = t.indexOf('-');
        if (dash > 0 && WORDS.containsKey(t.substring(0, dash)) && WORDS.containsKey(t.substring(dash + 1)))
            return (long) (WORDS.get(t.substring(0, dash)) + WORDS.get(t.substring(dash + 1)));
        return null;
    }
}
