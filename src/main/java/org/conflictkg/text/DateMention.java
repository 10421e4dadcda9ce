package org.conflictkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;



/**
 * A date as a sentence gives it, possibly without its year ("on 3 December") or day ("in July"),
 * found with where it stands, whether "on" introduces it, and the end of a range ("16–19 August",
 * "24 and 25 July", "October and November 2015"). Missing parts come from context.
 *
 * @param month     1-12, or 0 for a year alone ("in 2017")
 * @param endDay    last day of a range within the month, or null
 * @param endMonth  last month of a range of months, or 0
 */
public record DateMention(Integer day, int month, Integer year, String qualifier, int start, boolean introducedByOn,
                          Integer endDay, int endMonth) {
    private static final String M = DateParser.MONTH;
    // Every date starts a word ("\\b(?=[A-Za-z0-9])"): the parts after it are tried at word starts only,
    // and a qualifier is not read out of a longer word ("nearly" is not "early").
    private static final Pattern DATE = Pattern.compile(
            "\\b(?=[A-Za-z0-9])(?:(\\bon|\\bOn)\\s+)?(?:(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|the middle of)[\\s-]+)?"
                    + "(?:\\b(\\d{1,2})(?:(?:/|\\s*[–-]\\s*|\\s+and\\s+|\\s+to\\s+)(\\d{1,2}))?\\s+)?\\b" + M + "(?![a-z])"
                    + "(?:\\s+(?:and|to|–|-)\\s+\\b" + M + "(?![a-z]))?"
                    + "(?:\\s+(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?,)?(?:\\s+(\\d{4}))?(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:in|by|of|since)\\s$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hroughout|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+(\\d{4})\\b(?![-–]\\d)");

    /** Every date the text mentions, in order. */
    public static List<DateMention> find(String text) {
        return List.copyOf(scan(text));
    }

    private static List<DateMention> scan(String text) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        // DATE tries its optional parts at every character, and most of a page is not a date: it is run only
        // around the words that may be months, over a window wider than any date written around one.
        int at = nextMonthWord(text, 0);
        while (at >= 0) {
            m.region(Math.max(from, at - BEFORE), Math.min(text.length(), at + AFTER));
            if (!m.find()) { at = nextMonthWord(text, at + 1); continue; }
            from = m.end();
            at = from > at ? nextMonthWord(text, from) : at; // a match before this word: look at the word again
            Integer day = m.group(3) != null ? Integer.valueOf(m.group(3)) : m.group(7) != null ? Integer.valueOf(m.group(7)) : null;
            Integer endDay = m.group(4) != null ? Integer.valueOf(m.group(4)) : m.group(8) != null ? Integer.valueOf(m.group(8)) : null;
            Integer year = m.group(9) != null ? Integer.valueOf(m.group(9)) : null;
            String q = m.group(2) == null ? null : qualifier(m.group(2).toLowerCase());
            boolean vague = q != null || m.group(1) != null
                    || PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find();
            if (day == null && year == null && !vague) continue; // "May" alone is no date
            if (day != null && day > 31 || endDay != null && endDay > 31) continue;
            int month = DateParser.month(m.group(5));
            int endMonth = m.group(6) == null ? 0 : DateParser.month(m.group(6));
            if (endDay != null && endDay <= (day == null ? 0 : day)) endDay = null;
            out.add(new DateMention(day, month, year, q, m.start(), m.group(1) != null, endDay, endMonth));
        }
        Matcher y = YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int yearFrom = 0;
        // YEAR is tried only just before each run of four digits that follows a space: the longest
        // word it allows before the year is "throughout".
        for (int digits = nextYearDigits(text, 0); digits >= 0; digits = nextYearDigits(text, digits + 4)) {
            int space = digits;
            while (space > 0 && isRegexSpace(text.charAt(space - 1))) space--;
            y.region(Math.max(yearFrom, space - YEAR_WORD), digits + 4);
            if (!y.find()) continue;
            yearFrom = y.end();
            int yearAt = y.start(1);
            int year = Integer.parseInt(y.group(1));
            boolean inside = false;
            for (DateMention d : out)
                if (d.start() <= yearAt && yearAt <= d.start() + 40 && d.year() != null && d.year() == year) inside = true;
            if (!inside) out.add(new DateMention(null, 0, year, null, y.start(), false, null, 0));
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return out;
    }

    /**
     * Longer than the text a date can put before its month ("On the beginning of 16 and 19 " is 30
     * characters) and after it ("September and December 16–19, 2014"), with room for doubled spaces.
     */
    private static final int BEFORE = 48, AFTER = 80;
    private static final String[] MONTH_STARTS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final boolean[] MONTH_FIRST = new boolean[128];
    static {
        for (String m : MONTH_STARTS) {
            MONTH_FIRST[m.charAt(0)] = true;
            MONTH_FIRST[Character.toUpperCase(m.charAt(0))] = true;
        }
    }

    /** Start of the next word from {@code from} that begins like a month name, or -1. */
    private static int nextMonthWord(String t, int from) {
        for (int i = from; i + 3 <= t.length(); i++) {
            char c = t.charAt(i);
            // Only an ASCII letter lowers to one of "jfmasond"; this runs on every character of every sentence.
            if (c >= 128 || !MONTH_FIRST[c] || i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            c = Character.toLowerCase(c);
            for (String m : MONTH_STARTS) if (m.charAt(0) == c && t.regionMatches(true, i + 1, m, 1, 2)) return i;
        }
        return -1;
    }

    /** Characters before a year's spaces that hold any word YEAR allows there ("throughout" is 10). */
    private static final int YEAR_WORD = 12;

    /** Start of the next four ASCII digits from {@code from} that follow a space, or -1. */
    private static int nextYearDigits(String t, int from) {
        for (int i = Math.max(1, from); i + 4 <= t.length(); i++) {
            if (!isAsciiDigit(t.charAt(i)) || !isRegexSpace(t.charAt(i - 1))) continue;
            if (isAsciiDigit(t.charAt(i + 1)) && isAsciiDigit(t.charAt(i + 2)) && isAsciiDigit(t.charAt(i + 3))) return i;
        }
        return -1;
    }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    /** The characters of {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) { return c == ' ' || c >= '\t' && c <= '\r'; }

    /** The date the sentence is about: the first one "on" introduces, else the first. */
    public static DateMention main(String text, int from, int to) {
        return main(find(text), from, to);
    }

    /** {@link #main(String, int, int)} over mentions already found. */
    public static DateMention main(List<DateMention> found, int from, int to) {
        DateMention first = null;
        for (DateMention d : found) {
            if (d.start() < from || d.start() >= to) continue;
            if (d.introducedByOn()) return d;
            if (first == null) first = d;
        }
        return first;
    }

    private static String qualifier(String s) {
        if (s.contains("end") || s.equals("late")) return "late";
        if (s.contains("beginning") || s.contains("start") || s.equals("early")) return "early";
        return "mid";
    }

    public DateMention withYear(Integer y) {
        return year != null || y == null ? this : new DateMention(day, month, y, qualifier, start, introducedByOn, endDay, endMonth);
    }

    /** With the month from context when the text gave a year alone... never: a month-less mention stays a year. */
    public DateValue value() {
        if (year == null) return null;
        try {
            DateValue v = month == 0 ? DateValue.year(year) : day == null ? DateValue.month(year, month) : DateValue.day(year, month, day);
            return qualifier == null ? v : v.withQualifier(qualifier);
        } catch (java.time.DateTimeException e) {
            return null; // "31 September": not a date
        }
    }

    /** The end of a range, or null. */
    public DateValue endValue() {
        if (year == null) return null;
        try {
            if (endDay != null) return DateValue.day(year, month, endDay);
            if (endMonth != 0) return DateValue.month(year, endMonth);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** Same day and month, and same year when both give one. */
    public boolean sameDay(DateMention o) {
        return o != null && day != null && day.equals(o.day) && month == o.month
                && (year == null || o.year == null || year.equals(o.year));
    }
}
