package org.conflictkg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * A small dump in Wikimedia's multistream layout: a header stream, streams of a few pages each, a
 * footer stream, and the index of {@code offset:pageid:title} lines; also the same pages as one
 * plain XML export, for {@code extract}.
 */
public final class MultistreamDump {
    private MultistreamDump() {}

    /** Writes {@code NAME-multistream.xml.bz2}, its index, and {@code NAME.xml}; returns the dump. */
    public static Path write(Path dir, String name, List<Map.Entry<String, String>> pages, int pagesPerStream) throws IOException {
        String header = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" xml:lang=\"en\">\n"
                + "  <siteinfo><sitename>Test</sitename></siteinfo>\n";
        String footer = "</mediawiki>\n";
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        StringBuilder plain = new StringBuilder(header);
        dump.write(bz2(header));
        for (int from = 0; from < pages.size(); from += pagesPerStream) {
            long offset = dump.size();
            StringBuilder stream = new StringBuilder();
            for (int i = from; i < Math.min(pages.size(), from + pagesPerStream); i++) {
                String page = page(i + 1, pages.get(i).getKey(), pages.get(i).getValue());
                stream.append(page);
                index.append(offset).append(':').append(i + 1).append(':').append(pages.get(i).getKey()).append('\n');
            }
            plain.append(stream);
            dump.write(bz2(stream.toString()));
        }
        dump.write(bz2(footer));
        plain.append(footer);
        Path file = dir.resolve(name + "-multistream.xml.bz2");
        Files.write(file, dump.toByteArray());
        Files.write(dir.resolve(name + "-multistream-index.txt.bz2"), bz2(index.toString()));
        Files.writeString(dir.resolve(name + ".xml"), plain);
        return file;
    }

    private static String page(int id, String title, String text) {
        return "  <page>\n    <title>" + escape(title) + "</title>\n    <ns>0</ns>\n    <id>" + id + "</id>\n"
                + "    <revision>\n      <id>" + (1000 + id) + "</id>\n      <timestamp>2026-01-01T00:00:00Z</timestamp>\n"
                + "      <text xml:space=\"preserve\">" + escape(text) + "</text>\n    </revision>\n  </page>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] bz2(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(bytes)) { out.write(s.getBytes(StandardCharsets.UTF_8)); }
        return bytes.toByteArray();
    }
}
