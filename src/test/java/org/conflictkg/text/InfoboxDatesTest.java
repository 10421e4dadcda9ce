package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.countries.Countries;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.conflict.ConflictExtractor;
import org.conflictkg.extract.conflict.ConflictFacts;
import org.conflictkg.mapping.MappingRules;
import org.junit.jupiter.api.Test;

/**
 * The date grammar on a table of real infobox date values ({@code gold/infobox-dates.tsv}), read as
 * a page writes them: each in the date field of an infobox, through the parser and the templates.
 */
class InfoboxDatesTest {
    @Test
    void everyDateOfTheTableGivesItsStartAndEnd() throws IOException {
        ConflictExtractor x = new ConflictExtractor(MappingRules.load(null), Countries.bundled());
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/gold/infobox-dates.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("text\t") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            rows++;
            String page = "{{Infobox military conflict\n| conflict = A war\n| date = " + f[0] + "\n}}\nA war was fought.\n";
            ConflictFacts.Dates d = null;
            for (Fact fact : x.extract(Fixtures.doc("A war", page), diag -> { }))
                if (fact instanceof ConflictFacts.Dates dates) d = dates;
            String start = d == null || d.start() == null ? "" : d.start().lexical();
            String end = d == null || d.end() == null ? "" : d.end().lexical();
            if (!start.equals(f[1]) || !end.equals(f[2]))
                wrong.add(f[0] + ": expected " + f[1] + " / " + f[2] + ", got " + start + " / " + end);
        }
        assertTrue(rows >= 100, "the table has " + rows + " values");
        assertEquals(List.of(), wrong, wrong.size() + " of " + rows + " wrong");
    }
}
