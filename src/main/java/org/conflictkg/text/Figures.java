package org.conflictkg.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first number a line of an infobox states, as written there: "c. 10,000", "c. 5.000" (a
 * point between thousands), "60,000–80,000" (a range: its low and high ends). Ordinals ("1st
 * Marine Division"), numbers inside words, days of a date ("13 Nov") and numbers in parentheses
 * (a note on the line) are not figures.
 */
public record Figures(long figure, Long max) {
    private static final String NUM = "(\\d{1,3}(?:[,.]\\d{3})+(?![\\d.,]\\d)|\\d+)";
    private static final Pattern FIRST = Pattern.compile("(?<![\\d.,\\p{L}])" + NUM + "(?![\\p{L}\\d])(?:\\s*[–—-]\\s*" + NUM + "(?![\\p{L}\\d]))?"
            + "(?!\\s*(?:" + DateParser.MONTH + ")\\b)");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    /** The first figure of the text, or null when it states none. */
    public static Figures first(String text) {
        if (text == null) return null;
        String t = text.replace('\u00A0', ' ').replaceAll("\uFFFD+", "–");
        Matcher m = FIRST.matcher(PARENTHESES.matcher(t).replaceAll(" "));
        if (!m.find()) return null;
        Long lo = number(m.group(1)), hi = m.group(2) == null ? null : number(m.group(2));
        if (lo == null) return null;
        return new Figures(lo, hi != null && hi > lo ? hi : null);
    }

    private static Long number(String s) {
        try {
            return Long.valueOf(s.replace(",", "").replace(".", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
