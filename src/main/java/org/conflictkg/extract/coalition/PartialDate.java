package org.conflictkg.extract.coalition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.text.DateParser;
import org.conflictkg.text.DateValue;

/**
 * A date as a sentence gives it, possibly without its year ("on 3 December"), found with where it
 * stands and whether "on" introduces it. The year comes from context when the text omits it.
 */
record PartialDate(Integer day, int month, Integer year, String qualifier, int start, boolean introducedByOn) {
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\bon|\\bOn)\\s+)?(?:(early|mid|late|the end of|end of|the beginning of|beginning of|the start of)[\\s-]+)?"
                    + "(?:(\\d{1,2})(?:/\\d{1,2})?\\s+)?" + DateParser.MONTH + "(?:\\s+(\\d{1,2}),)?(?:\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);

    static List<PartialDate> find(String text) {
        List<PartialDate> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Integer day = m.group(3) != null ? Integer.valueOf(m.group(3)) : m.group(5) != null ? Integer.valueOf(m.group(5)) : null;
            Integer year = m.group(6) != null ? Integer.valueOf(m.group(6)) : null;
            if (day == null && year == null) continue; // "May" alone is no date
            String q = m.group(2) == null ? null : qualifier(m.group(2).toLowerCase());
            out.add(new PartialDate(day, DateParser.month(m.group(4)), year, q, m.start(), m.group(1) != null));
        }
        return out;
    }

    /** The date the sentence is about: the first one "on" introduces, else the first. */
    static PartialDate main(String text, int from, int to) {
        PartialDate first = null;
        for (PartialDate d : find(text)) {
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

    PartialDate withYear(Integer y) {
        return year != null || y == null ? this : new PartialDate(day, month, y, qualifier, start, introducedByOn);
    }

    DateValue value() {
        if (year == null) return null;
        DateValue v = day == null ? DateValue.month(year, month) : DateValue.day(year, month, day);
        return qualifier == null ? v : v.withQualifier(qualifier);
    }

    /** Same day and month, and same year when both give one. */
    boolean sameDay(PartialDate o) {
        return o != null && day != null && day.equals(o.day) && month == o.month
                && (year == null || o.year == null || year.equals(o.year));
    }
}
