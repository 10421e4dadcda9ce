package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictkg.Fixtures;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.rdf.Ckg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every claim of people killed in the bundled article against a hand-read list
 * (gold/casualty-claims.tsv): figure, group, claimant and date must all agree. Reports precision and
 * recall; the README quotes them.
 */
class CasualtyClaimsTest {
    static List<CasualtyFact> killed;

    @BeforeAll
    static void extract() {
        killed = new CasualtyExtractor(MappingRules.load(null)).extract(Fixtures.doc(Fixtures.article()), x -> { }).stream()
                .map(CasualtyFact.class::cast).filter(c -> Ckg.Killed.equals(c.lossKind())).toList();
    }

    private static String figure(CasualtyFact c) {
        return c.figure() != null ? c.figure().toString() : c.min() + "-" + c.max();
    }

    private static boolean near(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    @Test
    void precisionAndRecallOfTheKilledClaimsOfTheArticle() throws Exception {
        List<String[]> gold = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/gold/casualty-claims.tsv")))
            if (!line.startsWith("#") && !line.isBlank()) gold.add(line.split("\t"));
        assertTrue(gold.size() >= 50, "the list has " + gold.size() + " claims");
        List<CasualtyFact> matched = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int correct = 0;
        for (String[] g : gold) {
            CasualtyFact c = killed.stream().filter(x -> x.text().startsWith(g[0]) && figure(x).equals(g[1]) && !matched.contains(x))
                    .findFirst().orElse(null);
            if (c == null) { wrong.add("missed: " + g[1] + " " + g[2] + " in '" + g[0] + "'"); continue; }
            matched.add(c);
            boolean group = near(c.group(), g[2]);
            boolean claimant = g[3].equals("-") ? c.claimant() == null : c.claimant() != null && near(c.claimant(), g[3]);
            boolean date = g[4].equals("-") || c.date() != null && c.date().lexical().equals(g[4]);
            if (group && claimant && date) correct++;
            else wrong.add(g[1] + " " + g[2] + ": got group '" + c.group() + "', claimant '" + c.claimant() + "', date "
                    + (c.date() == null ? "-" : c.date().lexical()) + "; expected '" + g[2] + "', '" + g[3] + "', " + g[4]);
        }
        killed.stream().filter(c -> !matched.contains(c))
                .forEach(c -> wrong.add("unexpected: " + figure(c) + " " + c.group() + " in '" + c.text().substring(0, Math.min(70, c.text().length())) + "'"));
        double precision = (double) correct / killed.size(), recall = (double) correct / gold.size();
        System.out.printf("casualty claims (killed): %d in the list, %d extracted, %d correct; precision %.3f, recall %.3f%n",
                gold.size(), killed.size(), correct, precision, recall);
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(precision >= 0.9, "precision " + precision + "\n" + String.join("\n", wrong));
        assertTrue(recall >= 0.9, "recall " + recall + "\n" + String.join("\n", wrong));
    }

    @Test
    void theVerbGoverningAFigureGivesItsKind() {
        var facts = new CasualtyExtractor(MappingRules.load(null)).extract(Fixtures.doc("== Iraq ==\nOn 5 May 2015, airstrikes killed 45 ISIL "
                + "militants and injured an additional 60 militants, according to CENTCOM. Three soldiers were captured.\n"), x -> { })
                .stream().map(CasualtyFact.class::cast).toList();
        assertEquals(List.of("45 killed CENTCOM", "60 wounded CENTCOM", "3 captured null"), facts.stream()
                .map(c -> c.figure() + " " + c.lossKind().getLocalName().toLowerCase(Locale.ROOT) + " " + c.claimant()).toList());
        assertEquals("2015-05-05", facts.get(2).date().lexical(), "the nearest dated sentence of its paragraph");
    }
}
