package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.pipeline.RunSummary;

/**
 * {@code bench --corpus}: a folder of pages (made into a multistream dump, repeated to a few hundred
 * pages under distinct titles) or a dump, extracted as a user would, warm, with each thread count:
 * pages/s and MB/s of XML, each stage per page, and the read alone against {@code bzip2 -dc}.
 */
public final class CorpusBench {
    private CorpusBench() {}

    public static Map<String, Object> run(Path corpus, List<Integer> threadCounts, int minPages, double warmupSeconds,
                                          int repeats, Path work) throws IOException {
        Path dump = Files.isDirectory(corpus) ? dumpOf(corpus, minPages, work) : corpus;
        long xml = DumpBench.xmlBytes(dump);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dump", dump.toString());
        out.put("xml_mb", DumpBench.round(xml / 1e6, 1));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int t : threadCounts) {
            DumpBench.warm(dump, t, warmupSeconds);
            List<DumpBench.Run> runs = new ArrayList<>();
            for (int i = 0; i < Math.max(1, repeats); i++) runs.add(DumpBench.extract(dump, t, false, null, null));
            runs.sort(java.util.Comparator.comparingDouble(DumpBench.Run::seconds));
            DumpBench.Run median = runs.get(runs.size() / 2);
            rows.add(row(t, median, xml));
            System.err.println("bench: " + rows.get(rows.size() - 1));
        }
        out.put("runs", rows);
        if (rows.size() > 1) out.put("speedup", DumpBench.round((Double) rows.get(rows.size() - 1).get("pages_per_s")
                / (Double) rows.get(0).get("pages_per_s"), 2));
        out.put("read", DumpBench.readAgainstBzip2(dump, xml, repeats));
        return out;
    }

    private static Map<String, Object> row(int threads, DumpBench.Run run, long xml) {
        RunSummary s = run.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", threads);
        m.put("pages", s.pages());
        m.put("not_selected", s.unselectedPages());
        m.put("seconds", DumpBench.round(run.seconds(), 2));
        m.put("pages_per_s", DumpBench.round(s.pages() / run.seconds(), 1));
        m.put("mb_per_s", DumpBench.round(xml / 1e6 / run.seconds(), 2));
        if (run.cpuSeconds() > 0) {
            m.put("jvm_cpu_s", DumpBench.round(run.cpuSeconds(), 2));
            m.put("pages_per_jvm_cpu_s", DumpBench.round(s.pages() / run.cpuSeconds(), 1));
        }
        int n = Math.max(1, s.pages());
        // Stage times are summed over the workers: per page, they are CPU time, not wall time. The scan
        // (the pass before any parse, for redirects and template pages) is wall time, the same for any N.
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("scan", DumpBench.round((double) s.scanMs() / n, 1));
        stages.put("read", DumpBench.round((double) s.readMs() / n, 1));
        stages.put("parse", DumpBench.round((double) s.parseMs() / n, 1));
        stages.put("extract", DumpBench.round((double) s.extractMs() / n, 1));
        stages.put("map", DumpBench.round((double) s.mapMs() / n, 1));
        m.put("ms_per_page", stages);
        return m;
    }

    /** The folder's {@code .wikitext} pages as a multistream dump, repeated under new titles to at least {@code minPages}. */
    static Path dumpOf(Path dir, int minPages, Path work) throws IOException {
        List<Path> files = DumpBench.wikitextFiles(dir);
        if (files.isEmpty()) throw new IOException(dir + ": no .wikitext pages");
        int rounds = (minPages + files.size() - 1) / files.size();
        Iterator<Map.Entry<String, String>> pages = new Iterator<>() {
            int i;
            @Override public boolean hasNext() { return i < rounds * files.size(); }
            @Override public Map.Entry<String, String> next() {
                Path f = files.get(i % files.size());
                int round = i++ / files.size();
                String title = DumpBench.title(f);
                try {
                    return Map.entry(round == 0 ? title : title + " (copy " + round + ")", Files.readString(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        return MultistreamDump.write(work, "corpus-" + rounds * files.size(), pages, 20, false);
    }
}
