package org.conflictkg.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.conflictkg.query.Param;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;
import picocli.CommandLine;

/**
 * The reference pages of {@code docs/reference/}, written from what the program itself knows: the
 * saved queries from their {@code .rq} decorators, the commands from the CLI's own help, the
 * ontology's terms from the ontology. A test compares the checked-in pages with what this writes now,
 * so the reference cannot drift from the code.
 */
public final class ReferenceDocs {
    /** The command that rewrites these pages; every page says it. */
    public static final String REGENERATE = "java -jar target/conflict-kg.jar docs --reference docs/reference";

    private ReferenceDocs() {}

    /** File name to Markdown, in the order they are listed. */
    public static Map<String, String> pages(SavedQueries queries, CommandLine cli, OntologyDocs ontology) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("saved-queries.md", savedQueries(queries));
        out.put("commands.md", commands(cli));
        out.put("ontology.md", ontology(ontology));
        return out;
    }

    public static void write(Path dir, Map<String, String> pages) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> p : pages.entrySet())
                Files.writeString(dir.resolve(p.getKey()), p.getValue(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String header(String title, String source) {
        return "# " + title + "\n\n<!-- Generated from " + source + " by `" + REGENERATE + "`; do not edit by hand:"
                + " a test fails when this file differs from what that command writes. -->\n\n";
    }

    static String savedQueries(SavedQueries queries) {
        StringBuilder sb = new StringBuilder(header("Saved queries", "the decorators of queries/*.rq"));
        sb.append("Call a saved query over HTTP as `GET /queries/NAME?PARAM=VALUE` (CSV with `Accept: text/csv` or "
                + "`format=csv`; see [the API guide](../api.md)) or on the command line as "
                + "`conflict-kg query NAME --param PARAM=VALUE`. A parameter given twice, of the wrong type, or "
                + "unknown is a client error (HTTP 400, exit code 2).\n\n");
        sb.append("| query | what it returns |\n|---|---|\n");
        for (SavedQuery q : queries.all()) sb.append("| [").append(q.name()).append("](#").append(q.name()).append(") | ")
                .append(cell(q.summary())).append(" |\n");
        for (SavedQuery q : queries.all()) {
            sb.append("\n## ").append(q.name()).append("\n\n").append(q.summary()).append(".\n\n");
            if (!q.description().isBlank()) sb.append(q.description()).append("\n\n");
            sb.append("Columns: ").append(q.columns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
                    .append(q.pivot() == null ? "" : " (`...`: one column per value the data names)").append(".\n\n");
            if (q.params().isEmpty()) sb.append("No parameters.\n");
            else {
                sb.append("| parameter | type | required | default | meaning |\n|---|---|---|---|---|\n");
                for (Param p : q.params())
                    sb.append("| `").append(p.name()).append("` | ").append(p.type()).append(p.language() == null ? "" : " (@" + p.language() + ")")
                            .append(" | ").append(p.required() ? "yes" : "no").append(" | ")
                            .append(p.defaultValue() == null ? "" : "`" + p.defaultValue() + "`").append(" | ")
                            .append(cell(p.description())).append(" |\n");
            }
            if (!q.example().isEmpty())
                sb.append("\nExample: `/queries/").append(q.name()).append('?').append(q.example().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining("&"))).append("`\n");
        }
        return sb.toString();
    }

    static String commands(CommandLine cli) {
        StringBuilder sb = new StringBuilder(header("Commands", "the command line's own help"));
        sb.append("Every command works on the bundled article when given no input. Exit codes: 0 done, 1 failed, "
                + "2 usage error, 3 done but incomplete (pages failed or skipped, or the input broke off).\n\n");
        List<String> names = cli.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
        for (String n : names) sb.append("- [").append(n).append("](#").append(n).append(")\n");
        for (String n : names) {
            CommandLine sub = cli.getSubcommands().get(n);
            sub.setUsageHelpAutoWidth(false);
            sub.setUsageHelpWidth(100);
            sb.append("\n## ").append(n).append("\n\n```text\n")
                    .append(sub.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        }
        return sb.toString();
    }

    static String ontology(OntologyDocs docs) {
        StringBuilder sb = new StringBuilder(header("Ontology terms", "ontology/*.ttl"));
        sb.append("The `ckg:` namespace is `https://w3id.org/conflict-kg/ontology#`. The [ontology authors' guide]"
                + "(../ontology-authors.md) says how to add a term; `conflict-kg docs` writes the same terms as HTML "
                + "with a class diagram.\n");
        for (Map.Entry<String, List<OntologyDocs.Term>> kind : docs.byKind().entrySet()) {
            if (kind.getValue().isEmpty()) continue;
            sb.append("\n## ").append(kind.getKey()).append("\n\n| term | label | definition | domain → range | sub-term of | aligned with |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (OntologyDocs.Term t : kind.getValue())
                sb.append("| `").append(t.curie()).append('`').append(t.deprecated() ? " (deprecated)" : "").append(" | ")
                        .append(cell(t.label())).append(" | ").append(cell(t.definition())).append(" | ")
                        .append(t.domain().isEmpty() && t.range().isEmpty() ? ""
                                : String.join(", ", t.domain()) + " → " + String.join(", ", t.range()))
                        .append(" | ").append(String.join(", ", t.parents())).append(" | ")
                        .append(cell(String.join("; ", t.alignments()))).append(" |\n");
        }
        return sb.toString();
    }

    /** Text fit for one Markdown table cell. */
    private static String cell(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ").strip();
    }
}
