package org.conflictkg.linked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.RunSummary;
import org.conflictkg.source.BundledArticle;
import org.conflictkg.store.Stores;

/**
 * The linked fixture set as a MediaWiki export: the bundled article, the sixteen corpus pages, the
 * real pages of {@code linked/pages} that link them, the pages written for the tests
 * ({@code linked/written}: a few larger conflicts and the template page that holds the bundled
 * article's infobox) and the redirect pages of {@code linked/redirects.tsv}.
 */
final class LinkedPages {
    static final String ARTICLE = "International military intervention against the Islamic State";
    static final Path CORPUS = Path.of("src/test/resources/corpus/conflicts");
    static final Path LINKED = Path.of("src/test/resources/linked");

    private LinkedPages() {}

    /** Title to wikitext, in the export's order. */
    static Map<String, String> pages() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ARTICLE, BundledArticle.load().text());
        for (Path dir : List.of(CORPUS, LINKED.resolve("pages"), LINKED.resolve("written")))
            for (Path f : files(dir)) out.put(title(f), read(f));
        return out;
    }

    /** Alias to target, from {@code redirects.tsv}. */
    static Map<String, String> redirects() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : read(LINKED.resolve("redirects.tsv")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] p = line.split("\t");
            out.put(p[0].strip(), p[1].strip());
        }
        return out;
    }

    /** An export of these pages and these redirect pages (namespace 10 for "Template:" titles). */
    static Path export(Path file, Map<String, String> pages, Map<String, String> redirects) {
        StringBuilder sb = new StringBuilder("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\">\n");
        int id = 1;
        for (Map.Entry<String, String> p : pages.entrySet()) page(sb, id++, p.getKey(), p.getValue());
        for (Map.Entry<String, String> r : redirects.entrySet()) page(sb, id++, r.getKey(), "#REDIRECT [[" + r.getValue() + "]]");
        sb.append("</mediawiki>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The whole pipeline on the inputs, into an in-memory store. */
    static DatasetGraph store(List<Path> inputs, Diagnostics diagnostics, List<Path> redirectTables) {
        DatasetGraph dsg = Stores.inMemory();
        RunSummary[] s = new RunSummary[1];
        Txn.executeWrite(dsg, () -> s[0] = Pipeline.builder().inputs(inputs).diagnostics(diagnostics)
                .redirectTables(redirectTables).build().run(StreamRDFLib.dataset(dsg)));
        return dsg;
    }

    private static void page(StringBuilder sb, int id, String title, String text) {
        int ns = title.startsWith("Template:") ? 10 : 0;
        sb.append("<page><title>").append(escape(title)).append("</title><ns>").append(ns).append("</ns><id>").append(id)
                .append("</id><revision><id>").append(1000 + id).append("</id><timestamp>2026-12-01T00:00:00Z</timestamp><text>")
                .append(escape(text)).append("</text></revision></page>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".wikitext")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - ".wikitext".length()).replace('_', ' ');
    }

    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
