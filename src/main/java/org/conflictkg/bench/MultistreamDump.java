package org.conflictkg.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * A dump in Wikimedia's multistream layout: a header stream, streams of a few pages each, a footer
 * stream, and the index of {@code offset:pageid:title} lines; optionally also the same pages as one
 * plain XML export. Written as it goes: a dump of thousands of pages never sits in memory.
 */
public final class MultistreamDump {
    private MultistreamDump() {}

    /** Writes {@code NAME-multistream.xml.bz2}, its index, and {@code NAME.xml}; returns the dump. */
    public static Path write(Path dir, String name, List<Map.Entry<String, String>> pages, int pagesPerStream) throws IOException {
        return write(dir, name, pages.iterator(), pagesPerStream, true);
    }

    /** Writes {@code NAME-multistream.xml.bz2} and its index, and {@code NAME.xml} when {@code plain}; returns the dump. */
    public static Path write(Path dir, String name, Iterator<Map.Entry<String, String>> pages, int pagesPerStream, boolean plain)
            throws IOException {
        String header = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" xml:lang=\"en\">\n"
                + "  <siteinfo><sitename>Test</sitename></siteinfo>\n";
        String footer = "</mediawiki>\n";
        Path file = dir.resolve(name + "-multistream.xml.bz2");
        StringBuilder index = new StringBuilder();
        try (OutputStream dump = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             Writer xml = plain ? Files.newBufferedWriter(dir.resolve(name + ".xml"), StandardCharsets.UTF_8) : Writer.nullWriter()) {
            long offset = 0;
            offset += bz2(header, dump);
            xml.write(header);
            int id = 0;
            while (pages.hasNext()) {
                StringBuilder stream = new StringBuilder();
                for (int i = 0; i < pagesPerStream && pages.hasNext(); i++) {
                    Map.Entry<String, String> p = pages.next();
                    id++;
                    stream.append(page(id, p.getKey(), p.getValue()));
                    index.append(offset).append(':').append(id).append(':').append(p.getKey()).append('\n');
                }
                xml.write(stream.toString());
                offset += bz2(stream.toString(), dump);
            }
            bz2(footer, dump);
            xml.write(footer);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + "-multistream-index.txt.bz2"))) {
            bz2(index.toString(), out);
        }
        return file;
    }

    /** A page as a dump writes it, with the text's size in UTF-8 bytes declared as MediaWiki declares it. */
    private static String page(int id, String title, String text) {
        return "  <page>\n    <title>" + escape(title) + "</title>\n    <ns>0</ns>\n    <id>" + id + "</id>\n"
                + "    <revision>\n      <id>" + (1000 + id) + "</id>\n      <timestamp>2026-01-01T00:00:00Z</timestamp>\n"
                + "      <text bytes=\"" + text.getBytes(StandardCharsets.UTF_8).length + "\" xml:space=\"preserve\">"
                + escape(text) + "</text>\n    </revision>\n  </page>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** One bzip2 stream of {@code s} onto {@code out}; returns its length. */
    private static long bz2(String s, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream bz = new BZip2CompressorOutputStream(bytes)) { bz.write(s.getBytes(StandardCharsets.UTF_8)); }
        bytes.writeTo(out);
        return bytes.size();
    }
}
