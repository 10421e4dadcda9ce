package org.conflictkg.source;

import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.conflictkg.diag.Diagnostic;

/** Reads one {@code <page>} element (title, ns, id, and its latest revision's id, timestamp, text). */
final class PageElementReader {
    private final XMLStreamReader xml;
    private final String origin;
    private final ReadLimits limits;

    PageElementReader(XMLStreamReader xml, String origin, ReadLimits limits) {
        this.xml = xml;
        this.origin = origin;
        this.limits = limits;
    }

    /** Reads up to the matching {@code </page>}; returns null (and reports) for a page without text. */
    SourcePage read(Consumer<Diagnostic> diagnostics) throws XMLStreamException {
        String title = null, timestamp = null, text = null;
        boolean oversize = false;
        Long pageId = null, revisionId = null;
        int ns = 0;
        int depth = 1;
        boolean inRevision = false;
        int line = xml.getLocation().getLineNumber();
        while (depth > 0 && xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("revision".equals(xml.getLocalName())) inRevision = false;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            String name = xml.getLocalName();
            switch (name) {
                case "revision" -> inRevision = true;
                case "title" -> { title = xml.getElementText(); depth--; }
                case "ns" -> { ns = parseInt(xml.getElementText()); depth--; }
                case "id" -> {
                    Long id = parseLong(xml.getElementText());
                    depth--;
                    if (inRevision) { if (revisionId == null) revisionId = id; }
                    else if (pageId == null) pageId = id;
                }
                case "timestamp" -> { if (inRevision) timestamp = xml.getElementText(); else xml.getElementText(); depth--; }
                case "text" -> {
                    text = text(declaredBytes());
                    if (text == null) oversize = true;
                    depth--;
                }
                default -> { }
            }
        }
        if (oversize) {
            diagnostics.accept(Diagnostic.warning(title == null ? origin : title, null, line, limits.describeStreamed()
                    + (pageId == null ? "" : " (page id " + pageId + ")")));
            limits.skipped().run();
            return null;
        }
        if (title == null || text == null || text.isBlank()) {
            diagnostics.accept(Diagnostic.warning(title == null ? origin : title, null, line,
                    "page has no " + (title == null ? "title" : "text") + ", skipped"));
            return null;
        }
        return new SourcePage(title, pageId, revisionId, timestamp, ns, text, origin,
                SourcePage.wikipediaUrl(title), null);
    }

    /** The size a dump declares for a page's text ({@code <text bytes="...">}), or -1. */
    private int declaredBytes() {
        String b = xml.getAttributeValue(null, "bytes");
        if (b == null) return -1;
        try { return Integer.parseInt(b.trim()); } catch (NumberFormatException e) { return -1; }
    }

    /**
     * The text of a {@code <text>} element, read piece by piece; null when it is over the limit, the
     * rest then read past without being kept. Every page of a dump passes here, also the many a
     * selecting run never parses, so the text is copied once: into a buffer of the size the dump
     * declares (a hint only, bounded by the limit; a text has no more chars than UTF-8 bytes), and its
     * UTF-8 size is counted only once it could reach the limit (a char is at most 3 bytes).
     */
    private String text(int declaredBytes) throws XMLStreamException {
        long max = limits.maxPageBytes();
        StringBuilder sb = new StringBuilder((int) Math.max(16, Math.min(declaredBytes, Math.min(max, 1 << 24))));
        long bytes = -1; // the exact size, once counted
        boolean over = false;
        while (true) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.END_ELEMENT) break;
            if (ev == XMLStreamConstants.START_ELEMENT)
                throw new XMLStreamException("an element inside <text>", xml.getLocation());
            if (ev != XMLStreamConstants.CHARACTERS && ev != XMLStreamConstants.CDATA && ev != XMLStreamConstants.SPACE
                    && ev != XMLStreamConstants.ENTITY_REFERENCE) continue;
            if (over) continue;
            // The parser's own buffer, not a String per chunk: every "&lt;" of a page ends a chunk, and every
            // page of a dump passes here, including the many a selecting run never parses.
            char[] chars;
            int start, length;
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                String s = xml.getText();
                chars = s.toCharArray();
                start = 0;
                length = chars.length;
            } else {
                chars = xml.getTextCharacters();
                start = xml.getTextStart();
                length = xml.getTextLength();
            }
            if (bytes < 0 && (sb.length() + (long) length) * 3 > max) bytes = utf8Length(sb);
            if (bytes >= 0) {
                bytes += utf8Length(chars, start, length);
                if (bytes > max) { over = true; sb = null; continue; }
            }
            sb.append(chars, start, length);
        }
        return over ? null : sb.toString();
    }

    private static long utf8Length(char[] s, int start, int length) {
        long n = 0;
        for (int i = start, end = start + length; i < end; i++) n += utf8Length(s[i]);
        return n;
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) n += utf8Length(s.charAt(i));
        return n;
    }

    /** UTF-8 bytes of one UTF-16 unit: a surrogate pair is 4, 2 for each half. */
    private static int utf8Length(char c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }

    private static int parseInt(String s) {
        try { return Integer.parseInt(s.trim()); } catch (NumberFormatException e) { return 0; }
    }

    private static Long parseLong(String s) {
        try { return Long.parseLong(s.trim()); } catch (NumberFormatException e) { return null; }
    }
}
