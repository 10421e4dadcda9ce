package org.conflictkg.text;

import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole date string as Wikipedia writes it: "5 September 2014", "September 5, 2014",
 * "2014-09-05", "Sept. 2014", "2014". Returns empty for anything else.
 */
public final class DateParser {
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    public static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MDY = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MY = Pattern.compile(MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern Y = Pattern.compile("(\\d{4})");

    private DateParser() {}

    public static Optional<DateValue> parse(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim();
        try {
            Matcher m;
            if ((m = ISO.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2));
                return Optional.of(m.group(3) == null ? DateValue.month(y, mo) : DateValue.day(y, mo, Integer.parseInt(m.group(3))));
            }
            if ((m = DMY.matcher(t)).matches())
                return Optional.of(DateValue.day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            if ((m = MDY.matcher(t)).matches())
                return Optional.of(DateValue.day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            if ((m = MY.matcher(t)).matches())
                return Optional.of(DateValue.month(Integer.parseInt(m.group(2)), month(m.group(1))));
            if ((m = Y.matcher(t)).matches())
                return Optional.of(DateValue.year(Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 February": not a date
        }
        return Optional.empty();
    }

    public static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
