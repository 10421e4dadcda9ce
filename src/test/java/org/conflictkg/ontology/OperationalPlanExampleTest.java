package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.cli.CliTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ontology authors' worked example (docs/ontology-authors.md): a class, a property and an
 * infobox mapping added in a copy of the ontology, with no Java. The terms, the mapping and the page
 * are read from the guide itself, so the guide and this test cannot part.
 */
class OperationalPlanExampleTest {
    static final Path GUIDE = Path.of("docs/ontology-authors.md");
    @TempDir static Path dir;
    static Path ontology;
    static String page;

    /** The body of the guide's here-document that writes or appends to {@code file}. */
    static String heredoc(String guide, String file) {
        Matcher m = Pattern.compile("cat >>? " + Pattern.quote(file) + " <<'EOF'\n(.*?)\nEOF\n", Pattern.DOTALL).matcher(guide);
        assertTrue(m.find(), "the guide writes " + file);
        return m.group(1) + "\n";
    }

    @BeforeAll
    static void ontologyCopy() throws Exception {
        String guide = Files.readString(GUIDE);
        ontology = Files.createDirectory(dir.resolve("my-ontology"));
        for (Path f : Files.newDirectoryStream(Path.of("ontology"), "*.ttl")) Files.copy(f, ontology.resolve(f.getFileName()));
        Files.writeString(ontology.resolve("plans.ttl"), heredoc(guide, "my-ontology/plans.ttl"));
        Files.writeString(ontology.resolve("mapping.ttl"), Files.readString(ontology.resolve("mapping.ttl"))
                + heredoc(guide, "my-ontology/mapping.ttl"));
        page = heredoc(guide, "Operation_Sea_Lion.wikitext");
    }

    private static List<List<String>> query(String name, String wikitext, boolean withExample) throws Exception {
        Path f = Files.writeString(dir.resolve("Operation_Sea_Lion.wikitext"), wikitext);
        List<String> args = new java.util.ArrayList<>(List.of("query", name, "--no-cache", "-i", f.toString()));
        if (withExample) args.addAll(List.of("--ontology-dir", ontology.toString()));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.out().lines().skip(1).map(l -> Arrays.asList(l.split(",", -1))).toList();
    }

    @Test
    void theMappingMakesThePageAnOperationalPlanWithItsDatesAndSide() throws Exception {
        List<List<String>> conflicts = query("conflicts", page, true);
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("Operation Sea Lion", "operational plan", "1940-07", "1940-09", "Southern England"),
                conflicts.get(0).subList(0, 5));
        assertEquals(List.of(List.of("Operation Sea Lion", "1", "Nazi Germany", "", "")), query("belligerents", page, true));
    }

    @Test
    void withoutTheMappingThePageGivesNoConflict() throws Exception {
        assertEquals(List.of(), query("conflicts", page, false));
    }

    @Test
    void theGraphFollowsTheText() throws Exception {
        String changed = page.replace("July – September 1940", "August 1940").replaceAll("\\| executed_by[^\n]*\n", "");
        assertEquals(List.of("Operation Sea Lion", "operational plan", "1940-08", ""), query("conflicts", changed, true).get(0).subList(0, 4));
        assertEquals(List.of(), query("belligerents", changed, true), "no executed_by, no side");
    }
}
