package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.countries.Countries;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates of real sentences of the article against what a reader gives them (gold/event-dates.tsv):
 * inherited years, ranges, vague parts of months. Reports precision and recall; the README quotes them.
 */
class EventDatesTest {
    static List<EventFact> events;

    @BeforeAll
    static void extract() {
        WikiDocument d = Fixtures.doc(Fixtures.article());
        events = new EventExtractor(MappingRules.load(null), new CountryRecognizer(Countries.bundled()))
                .extract(d, x -> {}).stream().map(EventFact.class::cast).toList();
    }

    @Test
    void precisionAndRecallOnFortyRealSentences() throws Exception {
        List<String[]> gold = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/gold/event-dates.tsv")))
            if (!line.startsWith("#") && !line.isBlank()) gold.add(line.split("\t"));
        assertTrue(gold.stream().filter(g -> !g[1].equals("NONE")).count() >= 40);
        int dated = 0, extracted = 0, correct = 0, falsePositives = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] g : gold) {
            EventFact e = events.stream().filter(x -> x.text().startsWith(g[0])).findFirst().orElse(null);
            if (g[1].equals("NONE")) {
                if (e != null) { falsePositives++; wrong.add("unexpected event: " + g[0]); }
                continue;
            }
            dated++;
            if (e == null) { wrong.add("missed: " + g[0]); continue; }
            extracted++;
            boolean ok = e.date().lexical().equals(g[1]) && e.date().precision().name().equals(g[2])
                    && (g[3].equals("-") ? e.date().qualifier() == null : g[3].equals(e.date().qualifier()))
                    && (g[4].equals("-") ? e.end() == null : e.end() != null && e.end().lexical().equals(g[4]));
            if (ok) correct++;
            else wrong.add(g[0] + ": expected " + g[1] + "/" + g[2] + "/" + g[3] + "/" + g[4] + ", got " + e.date().lexical()
                    + "/" + e.date().precision() + "/" + e.date().qualifier() + "/" + (e.end() == null ? "-" : e.end().lexical()));
        }
        double precision = (double) correct / (extracted + falsePositives);
        double recall = (double) correct / dated;
        System.out.printf("event dates: %d gold sentences, %d extracted, %d correct; precision %.3f, recall %.3f%n",
                dated, extracted, correct, precision, recall);
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(precision >= 0.9, "precision " + precision + "\n" + String.join("\n", wrong));
        assertTrue(recall >= 0.9, "recall " + recall + "\n" + String.join("\n", wrong));
    }

    @Test
    void aChangedDateInTheArticleChangesTheEvent() {
        String article = Fixtures.article();
        assertEquals(1, article.split("On 26 August 2014,", -1).length - 1);
        String edited = article.replace("On 26 August 2014,", "On 27 September 2015,");
        WikiDocument d = Fixtures.doc(edited);
        List<EventFact> es = new EventExtractor(MappingRules.load(null), new CountryRecognizer(Countries.bundled()))
                .extract(d, x -> {}).stream().map(EventFact.class::cast).toList();
        assertEquals("2015-09-27", es.stream().filter(e -> e.text().startsWith("On 27 September 2015, the U.S. began"))
                .findFirst().orElseThrow().date().lexical());
        assertEquals("2015-08-28", es.stream().filter(e -> e.text().startsWith("On 28 August, speaking"))
                .findFirst().orElseThrow().date().lexical(), "the next sentence inherits the new year");
    }
}
