package org.conflictkg.doc;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.conflictkg.cli.Main;
import org.conflictkg.docs.OntologyDocs;
import org.conflictkg.docs.ReferenceDocs;
import org.conflictkg.pipeline.Resources;
import org.conflictkg.query.SavedQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The checked-in reference pages are what the generator writes from the code now: docs cannot drift. */
class ReferenceDocsTest {
    static final Path REFERENCE = Path.of("docs/reference");

    private static Map<String, String> now(Path queries) {
        return ReferenceDocs.pages(SavedQueries.load(queries), new CommandLine(new Main()),
                new OntologyDocs(Resources.ontology(null), OntologyDocs.displayPrefixes()));
    }

    @Test
    void theCheckedInReferenceIsWhatTheGeneratorWritesNow() throws Exception {
        for (Map.Entry<String, String> page : now(null).entrySet()) {
            Path file = REFERENCE.resolve(page.getKey());
            assertTrue(Files.exists(file), file + " is missing: run `" + ReferenceDocs.REGENERATE + "`");
            assertEquals(page.getValue(), Files.readString(file),
                    file + " differs from what the code says now: run `" + ReferenceDocs.REGENERATE + "` and commit the result");
        }
    }

    @Test
    void aParameterAddedToASavedQueryChangesItsReference(@TempDir Path dir) throws Exception {
        for (Path f : Files.newDirectoryStream(Path.of("queries"), "*.rq")) Files.copy(f, dir.resolve(f.getFileName()));
        Path battles = dir.resolve("battles.rq");
        Files.writeString(battles, Files.readString(battles).replace("#+ summary:", "#+ param since: first year\n#+ summary:")
                .replaceFirst("WHERE \\{", "WHERE { OPTIONAL { BIND(?__since_integer AS ?since) }"));
        String changed = now(dir).get("saved-queries.md");
        assertNotEquals(Files.readString(REFERENCE.resolve("saved-queries.md")), changed, "the drift check would catch it");
        assertTrue(changed.contains("| `since` | integer | no |  | first year |"), changed);
    }

    @Test
    void everyCommandAndOptionIsInTheCommandReference() throws Exception {
        String page = Files.readString(REFERENCE.resolve("commands.md"));
        CommandLine cli = new CommandLine(new Main());
        cli.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) return;
            assertTrue(page.contains("\n## " + name + "\n"), name);
            for (var o : sub.getCommandSpec().options()) assertTrue(page.contains(o.longestName()), name + " " + o.longestName());
        });
    }
}
