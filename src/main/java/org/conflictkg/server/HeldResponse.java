package org.conflictkg.server;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/** A response whose body goes to a {@link SpillBuffer} and that never commits: {@link CompleteAnswer}'s. */
final class HeldResponse extends HttpServletResponseWrapper implements AutoCloseable {
    private final SpillBuffer body;
    private PrintWriter writer;
    private boolean errorSent;
    private int errorStatus;
    private String errorMessage;
    private final ServletOutputStream out = new ServletOutputStream() {
        @Override public void write(int b) throws IOException { body.write(b); }
        @Override public void write(byte[] b, int off, int len) throws IOException { body.write(b, off, len); }
        @Override public boolean isReady() { return true; }
        @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
    };

    HeldResponse(HttpServletResponse res, int memoryBytes) {
        super(res);
        body = new SpillBuffer(memoryBytes);
    }

    SpillBuffer body() { return body; }
    boolean errorSent() { return errorSent; }

    void flushWriter() { if (writer != null) writer.flush(); }

    @Override public ServletOutputStream getOutputStream() { return out; }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String cs = getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(out, Charset.forName(cs == null ? "UTF-8" : cs)));
        }
        return writer;
    }

    @Override public boolean isCommitted() { return errorSent || super.isCommitted(); }
    @Override public void flushBuffer() { flushWriter(); }  // held until the answer is complete
    @Override public void setContentLength(int len) {}     // set from the held body at the end
    @Override public void setContentLengthLong(long len) {}

    @Override
    public void resetBuffer() {
        try { body.clear(); } catch (IOException e) { throw new java.io.UncheckedIOException(e); }
        writer = null;
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        resetBuffer();
        errorSent = true;
        errorStatus = sc;
        errorMessage = msg;
    }

    /** Sends the error the servlet sent, held until now so that the filter could answer otherwise. */
    void sendHeldError() throws IOException {
        if (!super.isCommitted()) super.sendError(errorStatus, errorMessage);
    }

    int errorStatus() { return errorStatus; }

    @Override public void sendError(int sc) throws IOException { sendError(sc, null); }

    @Override public void close() throws IOException { body.close(); }
}
