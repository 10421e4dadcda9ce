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

    PageElementReader(XMLStreamReader xml, String origin) {
        this.xml = xml;
        this.origin = origin;
    }

    /** Reads up to the matching {@code </page>}; returns null (and reports) for a page without text. */
    SourcePage read(Consumer<Diagnostic> diagnostics) throws XMLStreamException {
        String title = null, timestamp = null, text = null;
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
                case "text" -> { text = xml.getElementText(); depth--; }
                default -> { }
            }
        }
        if (title == null || text == null || text.isBlank()) {
            diagnostics.accept(Diagnostic.warning(title == null ? origin : title, null, line,
                    "page has no " + (title == null ? "title" : "text") + ", skipped"));
            return null;
        }
        return new SourcePage(title, pageId, revisionId, timestamp, ns, text, origin,
                SourcePage.wikipediaUrl(title), null);
    }

    private static int parseInt(String s) {
        try { return Integer.parseInt(s.trim()); } catch (NumberFormatException e) { return 0; }
    }

    private static Long parseLong(String s) {
        try { return Long.parseLong(s.trim()); } catch (NumberFormatException e) { return null; }
    }
}
