package org.conflictkg.server;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks every request before a servlet sees it, so that malformed or hostile requests get a short
 * 4xx instead of a 500 with an exception's text: malformed parameters (bad percent-encoding, bytes
 * that are not UTF-8) are 400 and a cross-origin write is 403 (CORS only keeps a browser from
 * reading an answer; it does not stop a form POST from being carried out). {@link EdgeGuard} checks
 * what must be checked before authentication.
 * Every answer carries a Content-Security-Policy, so HTML built from page data cannot run scripts.
 */
final class HttpHygiene implements Filter {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    /** Paths that only read, so a cross-origin POST (a SPARQL query too long for GET) is fine. */
    private static final Set<String> READ_ONLY_POSTS = Set.of("/kg/sparql", "/kg/query");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Jetty's limit to the fields of a form, which the server keeps. */
    static final int MAX_FORM_KEYS = 1000;
    private final long maxInflatedBytes;

    HttpHygiene(long maxInflatedBytes) { this.maxInflatedBytes = maxInflatedBytes; }

    @Override
    public void doFilter(ServletRequest sreq, ServletResponse sres, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) sreq;
        HttpServletResponse res = (HttpServletResponse) sres;
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Content-Type-Options", "nosniff");
        String refusal = refusal(req);
        if (refusal != null) {
            ErrorAnswer.send(res, Integer.parseInt(refusal.substring(0, 3)), refusal.substring(4));
            return;
        }
        if (compressed(req)) {
            try {
                chain.doFilter(ReadBody.of(req, maxInflatedBytes), res);
            } catch (ReadBody.BadBody bad) {
                ErrorAnswer.send(res, bad.status, bad.getMessage());
            }
            return;
        }
        chain.doFilter(req, res);
    }

    /** "NNN message" when the request is refused, else null. */
    static String refusal(HttpServletRequest req) {
        String method = req.getMethod();
        if (compressed(req) && isForm(req))
            return "415 compressed form bodies are not read; send the query uncompressed or as application/sparql-query";
        if (!SAFE_METHODS.contains(method) && crossOrigin(req) && !isReadOnlyPost(req))
            return "403 cross-origin writes are refused (Origin " + req.getHeader("Origin") + ")";
        try {
            req.getParameterMap();  // parses query string and form body now, where a failure is the client's
        } catch (RuntimeException malformed) {
            String limit = formLimit(malformed);
            if (limit != null) return "413 " + limit + "; send a long query as the body of a POST with Content-Type "
                    + "application/sparql-query instead";
            return "400 malformed request parameters (percent-encoding, UTF-8 or a corrupt compressed form)";
        }
        return null;
    }

    /** Which of Jetty's form limits a failure to read parameters met, or null for a malformed form. */
    static String formLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (m.contains("too many") || m.contains("keys") || m.contains("fields"))
                return "a form with too many fields (the server reads at most " + MAX_FORM_KEYS + ")";
            if (m.contains("too large") || m.contains("larger than") || m.contains("max length"))
                return "a form body over the server's form size limit";
        }
        return null;
    }

    /** A body in a content encoding (EdgeGuard has let only gzip through). */
    private static boolean compressed(HttpServletRequest req) {
        String encoding = req.getHeader("Content-Encoding");
        return encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity");
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean crossOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null) return false;  // not a browser cross-site request
        try {
            URI o = URI.create(origin.strip());
            String host = req.getHeader("Host");
            String own = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host == null || o.getHost() == null || !own.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException bad) {
            return true;  // "null" or garbage: a sandboxed or hostile context
        }
    }

    private static boolean isReadOnlyPost(HttpServletRequest req) {
        String path = req.getRequestURI();
        return READ_ONLY_POSTS.contains(path) || path.equals("/queries") || path.startsWith("/queries/")
                || path.startsWith("/$/validate/");
    }
}
