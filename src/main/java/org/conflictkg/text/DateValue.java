package org.conflictkg.text;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;

/**
 * A date with the precision the text gives it. Its RDF form uses the XSD type of that precision
 * ({@code xsd:date}, {@code xsd:gYearMonth}, {@code xsd:gYear}) so SPARQL can compare and sort it,
 * plus an explicit precision and, for "early/mid/late" parts of a month, a qualifier.
 */
public record DateValue(Temporal value, Precision precision, String qualifier) {

    public enum Precision {
        DAY("http://www.w3.org/2001/XMLSchema#date"),
        MONTH("http://www.w3.org/2001/XMLSchema#gYearMonth"),
        YEAR("http://www.w3.org/2001/XMLSchema#gYear");

        public final String datatype;

        Precision(String datatype) { this.datatype = datatype; }
    }

    public static DateValue day(int y, int m, int d) { return new DateValue(LocalDate.of(y, m, d), Precision.DAY, null); }

    public static DateValue month(int y, int m) { return new DateValue(YearMonth.of(y, m), Precision.MONTH, null); }

    public static DateValue year(int y) { return new DateValue(Year.of(y), Precision.YEAR, null); }

    public DateValue withQualifier(String q) { return new DateValue(value, precision, q); }

    /** The XSD lexical form: {@code 2014-09-05}, {@code 2014-09}, {@code 2014}. */
    public String lexical() {
        return switch (precision) {
            case DAY -> value.toString();
            case MONTH -> value.toString();
            case YEAR -> year4(((Year) value).getValue());
        };
    }

    /** {@code %04d} without a formatter: this runs for every date of every page. */
    private static String year4(int y) {
        if (y < 0) return "-" + year4(-y); // 31 BC is -0031, as XSD 1.0 writes years before the common era
        String s = Integer.toString(y);
        return s.length() < 4 ? "0".repeat(4 - s.length()) + s : s;
    }

    public int year() {
        if (value instanceof LocalDate d) return d.getYear();
        if (value instanceof YearMonth ym) return ym.getYear();
        return ((Year) value).getValue();
    }

    @Override public String toString() { return lexical() + (qualifier == null ? "" : " (" + qualifier + ")"); }
}
