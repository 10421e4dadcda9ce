package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's body whole before any servlet runs, without holding a thread while it waits:
 * bytes are taken as they arrive (Jetty calls back when there are more), counted against the size
 * limit whatever the transfer encoding (chunked included), and the whole body must arrive within
 * the body timeout. A body over the limit is 413 as soon as the count passes it, a body that does not
 * arrive in time is 408; neither is echoed, and the connection is closed. Clients that stall their
 * bodies thus cost no thread, and every other request is served while they wait.
 */
final class BodyGate extends Handler.Wrapper {
    private final long maxBytes;
    private final long timeoutMs;

    BodyGate(Handler inner, long maxBytes, long timeoutMs) {
        super(inner);
        this.maxBytes = maxBytes;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public boolean handle(Request req, Response res, Callback callback) throws Exception {
        long length = req.getLength();
        boolean chunked = req.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length <= 0 && !chunked) return super.handle(req, res, callback);
        if (length > maxBytes) return refuse(res, callback, 413, "request body over " + maxBytes + " bytes");
        new Reading(req, res, callback).start();
        return true;
    }

    /** The reading of one body, finished exactly once: by its last byte, its size, a failure or the clock. */
    private final class Reading {
        private final Request req;
        private final Response res;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean finished = new AtomicBoolean();
        private Scheduler.Task timer;

        Reading(Request req, Response res, Callback callback) {
            this.req = req;
            this.res = res;
            this.callback = callback;
        }

        void start() {
            timer = req.getComponents().getScheduler().schedule(() -> {
                if (finished.compareAndSet(false, true))
                    refuse(res, callback, 408, "the request body did not arrive within " + timeoutMs + " ms");
            }, timeoutMs, TimeUnit.MILLISECONDS);
            read();
        }

        private void read() {
            while (!finished.get()) {
                Content.Chunk chunk = req.read();
                if (chunk == null) {
                    req.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    stop(400, "the request body could not be read");
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (body.size() + (long) bytes.remaining() > maxBytes) {
                    chunk.release();
                    stop(413, "request body over " + maxBytes + " bytes");
                    return;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
                chunk.release();
                if (last) {
                    pass();
                    return;
                }
            }
        }

        private void stop(int status, String message) {
            if (!finished.compareAndSet(false, true)) return;
            timer.cancel();
            refuse(res, callback, status, message);
        }

        private void pass() {
            if (!finished.compareAndSet(false, true)) return;
            timer.cancel();
            Request whole = new WholeBody(req, body.toByteArray());
            req.getComponents().getExecutor().execute(() -> {
                try {
                    if (!BodyGate.super.handle(whole, res, callback)) Response.writeError(whole, res, callback, 404);
                } catch (Throwable t) {
                    Response.writeError(whole, res, callback, t);
                }
            });
        }
    }

    /** The request with its body already read: the servlets read it from memory. */
    private static final class WholeBody extends Request.Wrapper {
        private final Content.Source body;
        private final long length;

        WholeBody(Request req, byte[] bytes) {
            super(req);
            this.body = Content.Source.from(ByteBuffer.wrap(bytes));
            this.length = bytes.length;
        }

        @Override public Content.Chunk read() { return body.read(); }
        @Override public void demand(Runnable demandCallback) { body.demand(demandCallback); }
        @Override public void fail(Throwable failure) { body.fail(failure); }
        @Override public long getLength() { return length; }
    }

    private static boolean refuse(Response res, Callback callback, int status, String message) {
        res.setStatus(status);
        res.getHeaders().put(HttpHeader.CONNECTION, "close");
        res.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        res.getHeaders().put("Content-Security-Policy", HttpHygiene.CSP);
        res.write(true, ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
