package org.conflictkg.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A gzip request body inflated whole before the servlet runs. Fuseki inflates as it parses, so a
 * truncated or corrupt body failed half-way through (500); read here, the failure is the client's
 * (400), and an inflated size past the limit (a zip bomb) is 413. The servlet sees a plain body.
 */
final class ReadBody extends HttpServletRequestWrapper {
    private final byte[] body;

    private ReadBody(HttpServletRequest req, byte[] body) {
        super(req);
        this.body = body;
    }

    /** The request with its body read, or an exception whose message starts with the status to answer. */
    static ReadBody of(HttpServletRequest req, long maxBytes) throws BadBody {
        byte[] bytes;
        try (InputStream in = new java.util.zip.GZIPInputStream(req.getInputStream())) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | RuntimeException e) {
            throw new BadBody(400, "the request body could not be read (truncated or corrupt compressed data)");
        }
        if (bytes.length > maxBytes) throw new BadBody(413, "request body over " + maxBytes + " bytes once inflated");
        return new ReadBody(req, bytes);
    }

    static final class BadBody extends Exception {
        final int status;
        BadBody(int status, String message) { super(message, null, false, false); this.status = status; }
    }

    @Override
    public String getHeader(String name) {
        return "Content-Encoding".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public java.util.Enumeration<String> getHeaders(String name) {
        return "Content-Encoding".equalsIgnoreCase(name) ? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public java.util.Enumeration<String> getHeaderNames() {
        java.util.List<String> names = java.util.Collections.list(super.getHeaderNames());
        names.removeIf("Content-Encoding"::equalsIgnoreCase);
        return java.util.Collections.enumeration(names);
    }

    @Override public int getContentLength() { return body.length; }
    @Override public long getContentLengthLong() { return body.length; }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener l) { throw new UnsupportedOperationException(); }
        };
    }

    @Override
    public BufferedReader getReader() {
        String cs = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(cs == null ? "UTF-8" : cs)));
    }
}
