package org.conflictkg.source;

import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.conflictkg.diag.Diagnostic;

/**
 * Reads a MediaWiki XML export or dump ({@code Special:Export} format) page by page with StAX:
 * only the current page is in memory. A page without text is reported and skipped; a broken
 * XML stream ends the source with an error that names the line, keeping the pages already read.
 */
public final class MediaWikiXmlSource implements PageSource {
    private final XMLStreamReader xml;
    private final InputStream in;
    private final String origin;
    private final Predicate<SourcePage> filter;
    private final Consumer<Diagnostic> diagnostics;
    private SourcePage next;
    private boolean done;
    private int pagesSeen;
    /** Pages read to their end tag: a page cut by broken XML is seen but not complete. */
    private int pagesComplete;
    /** The title of the last page read to its end tag, to say where a broken input stopped. */
    private String lastComplete;

    private final ReadLimits limits;

    public MediaWikiXmlSource(InputStream in, String origin, Predicate<SourcePage> filter,
                              Consumer<Diagnostic> diagnostics) {
        this(in, origin, filter, diagnostics, ReadLimits.NONE);
    }

    public MediaWikiXmlSource(InputStream in, String origin, Predicate<SourcePage> filter,
                              Consumer<Diagnostic> diagnostics, ReadLimits limits) {
        this.limits = limits;
        this.in = in;
        this.origin = origin;
        this.filter = filter;
        this.diagnostics = diagnostics;
        try {
            // The JDK's own parser, whatever else the class path brings (Spark and Hadoop bring Woodstox,
            // which reports broken input through unchecked exceptions): the same behaviour everywhere.
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            // Text arrives in pieces, so that a page's text can be counted, and dropped past the limit, as it streams in.
            f.setProperty(XMLInputFactory.IS_COALESCING, false);
            this.xml = f.createXMLStreamReader(in, utf16(in) ? null : "UTF-8");
        } catch (XMLStreamException e) {
            if (ioCause(e) != null) throw endsEarly(origin, ioCause(e), e);
            throw new InputException(origin + ": not a readable MediaWiki XML file (" + InputException.reason(e) + ")", e);
        }
    }

    public int pagesSeen() { return pagesSeen; }

    /** True when the stream starts with a UTF-16 byte-order mark: the reader then detects the encoding itself. */
    private static boolean utf16(InputStream in) {
        if (!in.markSupported()) return false;
        try {
            in.mark(2);
            byte[] head = in.readNBytes(2);
            in.reset();
            return TextDecoding.charsetOf(head) != java.nio.charset.StandardCharsets.UTF_8;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) next = readPage();
        return next != null;
    }

    @Override
    public SourcePage next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourcePage p = next;
        next = null;
        return p;
    }

    private SourcePage readPage() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "page".equals(xml.getLocalName())) {
                    pagesSeen++;
                    SourcePage page = new PageElementReader(xml, origin, limits).read(diagnostics);
                    pagesComplete++;
                    if (page != null) lastComplete = page.title();
                    if (page != null && filter.test(page)) return page;
                }
            }
            done = true;
            if (pagesSeen == 0)
                throw new InputException(origin + ": no <page> element found; is this a MediaWiki XML export?");
            return null;
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof XMLStreamException x)) throw e;
            return broken(x); // a parser that reports broken input unchecked
        } catch (XMLStreamException e) {
            return broken(e);
        }
    }

    private SourcePage broken(XMLStreamException e) {
        done = true;
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
        if (pagesSeen == 0 && ioCause(e) != null) throw endsEarly(origin, ioCause(e), e);
        if (pagesSeen == 0)
            throw new InputException(origin + ": broken XML at line " + line + ", column " + column + ": " + e.getMessage(), e);
        // A read that failed (damaged or cut compressed data, no memory left) is no broken XML: say which it was.
        java.io.IOException io = ioCause(e);
        diagnostics.accept(Diagnostic.error(origin, null, line, (io != null ? "reading failed" : "broken XML") + " at line " + line
                + ", column " + column + "; stopped reading after " + pagesComplete + " complete page(s)"
                + (lastComplete == null ? "" : ", the last of them '" + lastComplete + "'")
                + "; the pages after it are not read and the input is incomplete: "
                + (io != null ? InputException.reason(io) : firstLine(e.getMessage()))));
        return null;
    }

    /** The read failure under a parse failure: compressed data that ends early or is damaged. */
    private static java.io.IOException ioCause(XMLStreamException e) {
        return e.getNestedException() instanceof java.io.IOException x ? x : e.getCause() instanceof java.io.IOException x ? x : null;
    }

    private static InputException endsEarly(String origin, java.io.IOException io, XMLStreamException e) {
        return new InputException(origin + ": cannot be read to its first page, the input is incomplete ("
                + InputException.reason(io) + ")", e);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    @Override
    public void close() {
        try { xml.close(); } catch (XMLStreamException ignored) { /* closing anyway */ }
        try { in.close(); } catch (java.io.IOException ignored) { /* closing anyway */ }
    }
}
