package org.conflictkg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses request bodies over a size limit (413), before Fuseki reads them. */
final class RequestSizeLimit implements Filter {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) { this.maxBytes = maxBytes; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long length = req.getContentLengthLong();
        if (length > maxBytes) {
            ((HttpServletResponse) res).sendError(413, "request body over " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(req, res);
    }
}
