package org.conflictkg.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler a request meets, in front of Jetty's authentication: TRACE is refused (405), a
 * request body in a content encoding the server does not read is 415, malformed Basic credentials
 * are 400 (Jetty's authenticator would fail with a 500 naming the exception), and failed logins are
 * throttled ({@link LoginThrottle}: 429 with Retry-After). Each answer is one line of plain text.
 */
final class EdgeGuard extends Handler.Wrapper {
    private final LoginThrottle throttle;

    EdgeGuard(Handler inner, LoginThrottle throttle) {
        super(inner);
        this.throttle = throttle;
    }

    @Override
    public boolean handle(Request req, Response res, Callback callback) throws Exception {
        String method = req.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            res.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            return answer(res, callback, 405, method + " is not supported");
        }
        String encoding = req.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !readable(encoding))
            return answer(res, callback, 415, "request bodies in Content-Encoding '" + encoding.strip()
                    + "' are not accepted; send them uncompressed");
        String auth = req.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth == null) return super.handle(req, res, callback);
        if (!wellFormedBasic(auth)) return answer(res, callback, 400, "malformed Authorization header");
        String address = Request.getRemoteAddr(req);
        long wait = throttle.secondsToWait(address);
        if (wait > 0) {
            res.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait));
            return answer(res, callback, 429, "too many failed logins from this address; try again in " + wait + " s");
        }
        // Count a 401 before its first byte leaves: a client that reads the whole answer and tries
        // again at once must already meet the count (counting when the callback completes races it).
        FailureWatch watch = new FailureWatch(req, res, address);
        Callback watching = new Callback.Nested(callback) {
            @Override public void succeeded() {
                watch.check();
                super.succeeded();
            }
        };
        return super.handle(req, watch, watching);
    }

    /** The response as the inner handlers see it: notes a 401 once, at the first write or at completion. */
    private final class FailureWatch extends Response.Wrapper {
        private final String address;
        private boolean checked;

        FailureWatch(Request req, Response res, String address) {
            super(req, res);
            this.address = address;
        }

        synchronized void check() {
            if (checked) return;
            checked = true;
            if (getStatus() == 401) throttle.failed(address);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback cb) {
            check();
            super.write(last, content, cb);
        }
    }

    /** Jetty's gzip handler inflates gzip bodies; nothing reads any other encoding. */
    private static boolean readable(String encoding) {
        String e = encoding.strip();
        return e.isEmpty() || e.equalsIgnoreCase("identity") || e.equalsIgnoreCase("gzip") || e.equalsIgnoreCase("x-gzip");
    }

    static boolean wellFormedBasic(String auth) {
        if (!auth.regionMatches(true, 0, "Basic ", 0, 6)) return true;  // other schemes: Jetty's to judge
        try {
            return new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8).indexOf(':') >= 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static boolean answer(Response res, Callback callback, int status, String message) {
        res.setStatus(status);
        res.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        res.getHeaders().put("Content-Security-Policy", HttpHygiene.CSP);
        res.write(true, ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
