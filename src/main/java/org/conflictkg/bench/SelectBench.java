package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.source.BundledArticle;

/**
 * {@code bench --select}: a multistream dump in which one page in a hundred is a conflict article
 * (the pages of a folder, or the bundled article) and the others are city and country articles
 * ({@link OtherPages}); with one thread, the rate of the scan (the pass that decompresses and reads
 * every page and chooses those worth parsing) and of the whole run, each against {@code bzip2 -dc}
 * on the same file, and whether the output equals a run given the conflict pages' titles.
 */
public final class SelectBench {
    private SelectBench() {}

    public static Map<String, Object> run(Path conflicts, int total, int repeats, Path work) throws IOException {
        List<Map.Entry<String, String>> articles = articles(conflicts);
        Set<String> titles = new TreeSet<>();
        Iterator<Map.Entry<String, String>> pages = new Iterator<>() {
            int i, k;
            @Override public boolean hasNext() { return i < total; }
            @Override public Map.Entry<String, String> next() {
                int n = i++;
                if (n % 100 != 50) return OtherPages.page(n);
                Map.Entry<String, String> a = articles.get(k % articles.size());
                int round = k++ / articles.size();
                String title = round == 0 ? a.getKey() : a.getKey() + " (copy " + round + ")";
                titles.add(title);
                return Map.entry(title, a.getValue());
            }
        };
        Path dump = MultistreamDump.write(work, "select-" + total, pages, 100, false);
        long xml = DumpBench.xmlBytes(dump);
        DumpBench.warm(dump, 1, 0);
        List<Double> scan = new ArrayList<>(), run = new ArrayList<>(), bz = new ArrayList<>();
        DumpBench.Run last = null;
        for (int i = 0; i < Math.max(1, repeats); i++) {
            last = DumpBench.extract(dump, 1, false, null, null);
            run.add(last.seconds());
            scan.add(last.summary().scanMs() / 1000.0);
            bz.add(DumpBench.bzip2(dump));
        }
        Set<String> selected = pageQuads(dump, false, null), named = pageQuads(dump, true, titles);
        double s = DumpBench.median(scan), r = DumpBench.median(run), b = DumpBench.median(bz);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dump", dump.toString());
        m.put("pages", total);
        m.put("conflict_pages", titles.size());
        m.put("xml_mb", DumpBench.round(xml / 1e6, 1));
        m.put("parsed", last.summary().pages());
        m.put("not_selected", last.summary().unselectedPages());
        m.put("bzip2_dc_s", Double.isNaN(b) ? null : DumpBench.round(b, 2));
        m.put("bzip2_mb_per_s", Double.isNaN(b) ? null : DumpBench.round(xml / 1e6 / b, 1));
        m.put("scan_s", DumpBench.round(s, 2));
        m.put("scan_mb_per_s", DumpBench.round(xml / 1e6 / s, 1));
        m.put("scan_rate_over_bzip2", Double.isNaN(b) ? null : DumpBench.round(b / s, 2));
        // The selected pages are parsed after the scan: their links need every redirect of the dump.
        m.put("run_s", DumpBench.round(r, 2));
        m.put("run_mb_per_s", DumpBench.round(xml / 1e6 / r, 1));
        m.put("run_rate_over_bzip2", Double.isNaN(b) ? null : DumpBench.round(b / r, 2));
        m.put("equals_titles_run", selected.equals(named));
        return m;
    }

    /** The quads of the page graphs of a run (the metadata graph says how the run went, so it differs by design). */
    private static Set<String> pageQuads(Path dump, boolean titled, Set<String> titles) {
        Set<String> out = new java.util.HashSet<>();
        DumpBench.extract(dump, 1, titled, titles == null ? null : p -> p.namespace() == 0 && titles.contains(p.title()),
                new StreamRDFBase() {
                    @Override public void quad(Quad q) {
                        if (!q.getGraph().getURI().endsWith("/graph/metadata")) out.add(q.toString());
                    }
                });
        return out;
    }

    private static List<Map.Entry<String, String>> articles(Path dir) throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (dir != null) for (Path f : DumpBench.wikitextFiles(dir)) out.add(Map.entry(DumpBench.title(f), Files.readString(f)));
        if (out.isEmpty()) {
            var bundled = BundledArticle.load();
            out.add(Map.entry(bundled.title(), bundled.text()));
        }
        return out;
    }
}
