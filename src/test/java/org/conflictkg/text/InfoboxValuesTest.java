package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.TemplateArg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, coordinates and figures as infobox fields write them. */
class InfoboxValuesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "18 June 1815 | 1815-06-18 | -",
            "June 18, 1815 | 1815-06-18 | -",
            "16 April – 2 May 1945 | 1945-04-16 | 1945-05-02",
            "November 15–18, 1812 | 1812-11-15 | 1812-11-18",
            "12–15 November 1942 | 1942-11-12 | 1942-11-15",
            "December 1–13, 1937 | 1937-12-01 | 1937-12-13",
            "15 September – 27 November 1944 | 1944-09-15 | 1944-11-27",
            "September 2, 31 BC | -0031-09-02 | -",
            "Late May 1274 BC | -1274-05 | -",
            "197 BC | -0197 | -",
            "c. 1066 | 1066 | -",
            "10 August 955 | 0955-08-10 | -",
            "22 August 1642 \uFFFD\uFFFD\uFFFD 3 September 1651 | 1642-08-22 | 1651-09-03",
            "April 12, 1861 – May 9, 1865 (by declaration) | 1861-04-12 | 1865-05-09",
            "5 March 2016 – present | 2016-03-05 | -",
            "1939–1945 | 1939 | 1945",
    })
    void datesOfInfoboxes(String text, String start, String end) {
        DateRange r = DateRange.parse(text);
        assertNotNull(r, text);
        assertEquals(start, r.start().lexical());
        assertEquals(end, r.end() == null ? null : r.end().lexical());
    }

    @org.junit.jupiter.api.Test
    void startDateTemplatesAndNothing() {
        Template t = template("start date", "1864", "7", "30");
        assertEquals("1864-07-30", DateRange.of("", List.of(t)).start().lexical());
        assertEquals("1265-08", DateRange.of("", List.of(template("start date", "1265", "08"))).start().lexical());
        assertNull(DateRange.parse("Unknown"));
        assertEquals("late", DateRange.parse("Late May 1274 BC").start().qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "52.1058726|-1.9445372|format=dms; 52.105873; -1.944537",
            "38|56|04|N|20|44|19|E|region:GR_type:event; 38.934444; 20.738611",
            "39|25|N|22|34|E|region:GR; 39.416667; 22.566667",
            "7|00|S|134|15|W; -7.0; -134.25",
    })
    void coordinates(String args, double lat, double lon) {
        Coordinates c = Coordinates.of(List.of(template("coord", args.split("\\|"))));
        assertNotNull(c);
        assertEquals(lat, c.latitude(), 1e-6);
        assertEquals(lon, c.longitude(), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "c. 10,000 | 10000 | -",
            "c. 5.000 | 5000 | -",
            "60,000–80,000 | 60000 | 80000",
            "2,336 killed | 2336 | -",
            "First phase (13 Nov) | - | -",
            "1st Marine Division | - | -",
            "Unknown | - | -",
            "202 captured (183 foreign laborers) | 202 | -",
    })
    void figures(String text, Long figure, Long max) {
        Figures f = Figures.first(text);
        assertEquals(figure, f == null ? null : f.figure());
        assertEquals(max, f == null ? null : f.max());
    }

    private static Template template(String name, String... args) {
        List<TemplateArg> a = new java.util.ArrayList<>();
        for (String s : args) {
            int eq = s.indexOf('=');
            InlineText v = new InlineText(eq < 0 ? s : s.substring(eq + 1), List.of(), List.of(), List.of(), List.of(), List.of(), 0);
            a.add(new TemplateArg(eq < 0 ? null : s.substring(0, eq), v));
        }
        return Template.of(name, a, 1, 0);
    }
}
