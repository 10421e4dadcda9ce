package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.conflictkg.diag.Diagnostics;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.pipeline.Extractors;
import org.conflictkg.pipeline.PageProcessor;
import org.conflictkg.pipeline.PageReport;
import org.conflictkg.source.Inputs;
import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code conflict-kg report DIR}: one line per page of a folder (or of the files or dumps given):
 * what the page's own conflict is, how many facts of each kind it gives, its warnings and the
 * milliseconds it took. For checking a new set of pages before loading it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Per-page report over a folder of pages: the page's conflict, facts per kind, warnings, ms.")
public final class ReportCommand implements Callable<Integer> {
    @Mixin PipelineOptions common;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Folders (their .wikitext, .xml, .xml.bz2 and .xml.gz files), wikitext files or MediaWiki XML exports.")
    List<Path> inputs = List.of();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        common.inputs = expand(inputs);
        common.applyLogging();
        if (!List.of("table", "csv", "tsv").contains(format))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--format: table, csv or tsv");
        Diagnostics diagnostics = common.diagnostics();
        PageProcessor processor = new PageProcessor(Extractors.standard(MappingRules.load(common.ontologyDir)));
        List<PageReport> reports = new ArrayList<>();
        try (PageSource pages = Inputs.open(common.inputs, common.title, p -> p.namespace() == common.namespace, diagnostics)) {
            while (pages.hasNext()) {
                SourcePage p = pages.next();
                reports.add(PageReport.of(p, processor));
            }
        }
        print(reports, System.out);
        return reports.stream().allMatch(PageReport::failed) && !reports.isEmpty() ? Main.FAILURE : Main.OK;
    }

    private void print(List<PageReport> reports, PrintStream out) {
        List<String> header = new ArrayList<>(List.of("page", "conflict"));
        header.addAll(PageReport.KINDS);
        header.addAll(List.of("warnings", "ms"));
        List<List<String>> rows = new ArrayList<>();
        for (PageReport r : reports) {
            List<String> row = new ArrayList<>(List.of(r.title(), r.failed() ? "FAILED" : r.conflict().isEmpty() ? "-" : r.conflict()));
            PageReport.KINDS.forEach(k -> row.add(Integer.toString(r.counts().get(k))));
            row.add(Integer.toString(r.warnings()));
            row.add(Long.toString(r.ms()));
            rows.add(row);
        }
        if (format.equals("table")) {
            int[] w = new int[header.size()];
            for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
            for (List<String> row : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], row.get(i).length());
            out.println(line(header, w));
            rows.forEach(r -> out.println(line(r, w)));
            out.printf("%d page(s), %d failed, %d warning(s), %,d ms%n", reports.size(),
                    reports.stream().filter(PageReport::failed).count(), reports.stream().mapToInt(PageReport::warnings).sum(),
                    reports.stream().mapToLong(PageReport::ms).sum());
        } else {
            String sep = format.equals("csv") ? "," : "\t";
            out.println(String.join(sep, header));
            rows.forEach(r -> out.println(String.join(sep, r.stream().map(v -> format.equals("csv") ? csv(v) : v.replace('\t', ' ')).toList())));
        }
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(i < 2 ? String.format(Locale.ROOT, "%-" + w[i] + "s", c) : String.format(Locale.ROOT, "%" + w[i] + "s", c));
            if (i < cells.size() - 1) sb.append("  ");
        }
        return sb.toString().stripTrailing();
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** Folders become their page files, in name order. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) { out.add(p); continue; }
            try (Stream<Path> s = Files.list(p)) {
                s.filter(f -> {
                    String n = f.getFileName().toString();
                    return Files.isRegularFile(f) && (n.endsWith(".wikitext") || n.endsWith(".xml") || n.endsWith(".xml.bz2")
                            || n.endsWith(".xml.gz"));
                }).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
