package org.conflictkg.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The splits of the inputs, found without reading the data. A Wikimedia
 * {@code *-multistream.xml.bz2} with its {@code *-multistream-index.txt.bz2} beside it (lines
 * {@code offset:pageid:title}) gives one split per bz2 stream of pages, each readable on its own;
 * every other input (wikitext, XML, .bz2, .gz) is one split, and a folder is each of its files.
 */
final class Splits {
    private Splits() {}

    static List<Split> of(List<String> inputs, Configuration conf) throws IOException {
        List<Split> out = new ArrayList<>();
        for (String input : inputs) add(new Path(input), conf, out);
        return out;
    }

    /** A folder: each of its files (sorted, index files aside) as an input of its own. */
    private static void add(Path path, Configuration conf, List<Split> out) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        if (fs.getFileStatus(path).isDirectory()) {
            List<Path> files = new ArrayList<>();
            for (var st : fs.listStatus(path)) if (st.isFile() && !st.getPath().getName().endsWith("-index.txt.bz2")
                    && !st.getPath().getName().startsWith(".") && !st.getPath().getName().startsWith("_")) files.add(st.getPath());
            files.sort(null);
            for (Path f : files) add(f, conf, out);
            return;
        }
        Path index = indexOf(path);
        if (index == null || !fs.exists(index)) {
            out.add(new Split(out.size(), fs.makeQualified(path).toString(), -1, -1));
            return;
        }
        long length = fs.getFileStatus(path).getLen();
        List<Long> offsets = new ArrayList<>(streamOffsets(fs, index));
        for (int i = 0; i < offsets.size(); i++) {
            long end = i + 1 < offsets.size() ? offsets.get(i + 1) : length;
            out.add(new Split(out.size(), fs.makeQualified(path).toString(), offsets.get(i), end));
        }
    }

    /** {@code X-multistream.xml.bz2} has its index at {@code X-multistream-index.txt.bz2}. */
    static Path indexOf(Path dump) {
        String name = dump.getName();
        if (!name.endsWith("multistream.xml.bz2")) return null;
        return new Path(dump.getParent(), name.substring(0, name.length() - ".xml.bz2".length()) + "-index.txt.bz2");
    }

    /** The distinct stream offsets of the index, in order. */
    private static TreeSet<Long> streamOffsets(FileSystem fs, Path index) throws IOException {
        TreeSet<Long> offsets = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new BZip2CompressorInputStream(fs.open(index), true), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (colon > 0) offsets.add(Long.parseLong(line.substring(0, colon)));
            }
        }
        return offsets;
    }
}
