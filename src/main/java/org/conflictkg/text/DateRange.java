package org.conflictkg.text;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.doc.Template;

/**
 * The start and end of a period as an infobox's date field writes it: "18 June 1815", "June 18,
 * 1815", "16 April – 2 May 1945", "November 15–18, 1812", "12–15 November 1942", "Late May 1274
 * BC", "c. 197 BC", "218–201 BC", "1942–43", "Spring 1945", "September AD 9", "8 March [O.S. 23
 * February] 1917", {@code {{start date|1265|08|04}}}, {@code {{dts|1815|6|18}}}, "5 March 2016 –
 * present". A part the start leaves out (its month, its year, its era) comes from the end; a
 * two-digit end year continues the start's century. Years before the common era are negative:
 * 31 BC is -31, written "-0031". Infobox fields and the spans that prose gives in parentheses both
 * read dates with it.
 *
 * @param end null for a single date or an open range
 */
public record DateRange(DateValue start, DateValue end) {
    private static final Pattern PAREN = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    /** A second reading after the first ("AD 60 or 61", "1274 or 1275 BC" keeps its era below). */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?<!\\s)\\s{1,8}or\\s{1,8}\\d{1,4}(?=\\s|$)");
    private static final Pattern SEASON = Pattern.compile("(?i)\\b(spring|summer|autumn|fall|winter)\\b\\s*");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\s{0,8}(\\d{2})\\s{0,8}");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:c\\.|ca\\.|circa|around|about|approximately|by)\\s*");
    // Every separator is at most nine whitespace characters and then one of these; the lookahead says so first,
    // so that a long run of spaces is passed over without trying each way to split it.
    private static final Pattern SEPARATOR = Pattern.compile("(?=\\s{0,9}+[-–—‒tu])\\s{0,8}(?:[–—‒]|\\s-\\s|-(?=\\s{0,8}\\p{L})|\\bto\\b|\\buntil\\b)\\s{0,8}");
    private static final Pattern TOKEN = Pattern.compile("(?i)\\b(early|mid|late)\\b|" + DateParser.MONTH + "(?![a-z])|(\\d{1,4})(,)?|\\b(BCE|BC|B\\.C\\.|AD|A\\.D\\.|CE)(?![a-z])");
    private static final List<String> START_TEMPLATES = List.of("start date", "start date and age", "start-date", "date");
    /** Templates that write one date each: the first is the start, a second the end. */
    private static final List<String> DATE_TEMPLATES = List.of("dts", "date table sorting", "sort date");

    /** The range a date field gives, or null when it gives no date. */
    public static DateRange of(String text, List<Template> templates) {
        DateRange fromTemplates = fromTemplates(templates);
        if (fromTemplates != null) return fromTemplates;
        return text == null ? null : parse(text);
    }

    /** The range a text gives, or null. */
    public static DateRange parse(String text) {
        String t = text.replaceAll("\uFFFD+", "–").replace('\u00A0', ' ');
        t = PAREN.matcher(t).replaceAll(" ");  // a second date: "(23 February O.S.)", "[O.S. 25 October]"
        int cut = t.indexOf(';');
        if (cut > 0) t = t.substring(0, cut); // "X; (last shot fired ...)": the first statement is the range
        t = ALTERNATIVE.matcher(t).replaceAll("");
        Matcher season = SEASON.matcher(t);
        String seasonName = season.find() ? season.group(1).toLowerCase(Locale.ROOT) : null;
        t = SEASON.matcher(VAGUE.matcher(t).replaceAll("")).replaceAll("").trim();
        Matcher sep = SEPARATOR.matcher(t);
        Part start, end = null;
        if (sep.find() && sep.start() > 0) {
            start = Part.read(t.substring(0, sep.start()));
            String rest = t.substring(sep.end());
            Matcher two = TWO_DIGITS.matcher(rest);
            if (rest.toLowerCase(Locale.ROOT).startsWith("present") || rest.toLowerCase(Locale.ROOT).startsWith("ongoing")) end = null;
            else if (two.matches() && start.year() != null && start.year() >= 100)
                end = Part.year(start.year() / 100 * 100 + Integer.parseInt(two.group(1)), start.bc()); // "1942–43"
            else end = Part.read(rest);
        } else {
            start = Part.read(t);
        }
        if (seasonName != null && start.qualifier() == null) start = start.withQualifier(seasonName);
        if (end != null) {
            start = start.completedBy(end);
            end = end.withMonthOf(start); // "November 15–18, 1812": the end's month is the start's
        }
        DateValue s = start.value(), e = end == null ? null : end.value();
        if (s == null) return e == null ? null : new DateRange(e, null);
        return new DateRange(s, e == null || e.equals(s) ? null : e);
    }

    private static DateRange fromTemplates(List<Template> templates) {
        DateValue start = null, end = null;
        for (Template t : templates) {
            if (DATE_TEMPLATES.contains(t.name())) {
                DateValue v = ymd(t.positional(1), t.positional(2), t.positional(3));
                if (v == null) { DateRange r = parse(t.positional(1)); v = r == null ? null : r.start(); }
                if (v == null) continue;
                if (start == null) start = v; else if (end == null) end = v;
                continue;
            }
            if (t.name().equals("start and end dates")) {
                start = ymd(t.positional(1), t.positional(2), t.positional(3));
                end = ymd(t.positional(4), t.positional(5), t.positional(6));
            } else if (START_TEMPLATES.contains(t.name()) && start == null) {
                start = ymd(t.positional(1), t.positional(2), t.positional(3));
            } else if (t.name().equals("end date") || t.name().equals("end date and age")) {
                end = ymd(t.positional(1), t.positional(2), t.positional(3));
            }
        }
        return start == null ? null : new DateRange(start, end);
    }

    private static DateValue ymd(String y, String m, String d) {
        try {
            if (!y.matches("-?\\d{1,4}")) return null;
            int year = Integer.parseInt(y);
            if (!m.matches("\\d{1,2}")) return DateValue.year(year);
            if (!d.matches("\\d{1,2}")) return DateValue.month(year, Integer.parseInt(m));
            return DateValue.day(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** One side of a range as written: each part may be missing. */
    private record Part(Integer day, int month, Integer year, boolean bc, boolean era, String qualifier) {
        static Part year(int y, boolean bc) { return new Part(null, 0, y, bc, true, null); }

        Part withQualifier(String q) { return new Part(day, month, year, bc, era, q); }

        static Part read(String s) {
            Integer day = null, year = null;
            int month = 0, monthEnd = -1, monthStart = -1;
            boolean bc = false, era = false;
            String q = null;
            Matcher m = TOKEN.matcher(s);
            List<int[]> numbers = new java.util.ArrayList<>(); // value, start, end, comma
            while (m.find()) {
                if (m.group(1) != null) q = m.group(1).toLowerCase(Locale.ROOT);
                else if (m.group(2) != null && month == 0) { month = DateParser.month(m.group(2)); monthStart = m.start(); monthEnd = m.end(); }
                else if (m.group(3) != null) numbers.add(new int[] {Integer.parseInt(m.group(3)), m.start(), m.end(), m.group(4) != null ? 1 : 0});
                else if (m.group(5) != null) { bc = m.group(5).toUpperCase(Locale.ROOT).startsWith("B"); era = true; }
            }
            // The year: a number next to an era ("31 BC", "AD 9"), else the last number of three or four digits.
            for (int i = numbers.size() - 1; i >= 0 && year == null; i--) {
                int[] n = numbers.get(i);
                boolean after = s.substring(n[2]).matches("(?i)\\s*(BCE|BC|B\\.C\\.|AD|A\\.D\\.|CE)\\b.*");
                boolean before = s.substring(0, n[1]).matches("(?is).*\\b(AD|A\\.D\\.)\\s*$");
                if (after || before || n[0] >= 100 || month > 0 && i > 0 && numbers.get(i - 1)[3] == 1) { year = n[0]; numbers.remove(i); }
            }
            // The day: a number of the month, next to its name or alone before a separator ("12–15 November").
            for (int[] n : numbers)
                if (n[0] >= 1 && n[0] <= 31 && day == null) day = n[0];
            if (day != null && month == 0 && year != null && numbers.isEmpty()) day = null;
            if (monthStart < 0 && year == null && day == null) return new Part(null, 0, null, bc, era, q);
            return new Part(day, month, year, bc, era, q);
        }

        Part withMonthOf(Part start) {
            return month != 0 || day == null ? this : new Part(day, start.month, year, bc, era, qualifier);
        }

        /** The start with what it leaves out taken from the end: its month, its year, its era ("218–201 BC"). */
        Part completedBy(Part end) {
            boolean beforeCommonEra = era ? bc : end.bc;
            return new Part(day, month == 0 ? end.month : month, year == null ? end.year : year, beforeCommonEra,
                    era || end.era, qualifier);
        }

        DateValue value() {
            if (year == null) return null;
            int y = bc ? -year : year;
            try {
                DateValue v = month == 0 ? DateValue.year(y) : day == null ? DateValue.month(y, month) : DateValue.day(y, month, day);
                return qualifier == null ? v : v.withQualifier(qualifier);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}
