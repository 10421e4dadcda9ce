package org.conflictkg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the Fuseki UI under {@code /ui/}. The UI takes the path it was loaded from as the base of
 * every request it makes ({@code $/server}, {@code $/ping}, {@code kg/query}); at {@code /} it
 * would work as on a stock Fuseki, but {@code /} is the start page, and from {@code /index.html}
 * it would ask {@code /index.html/$/ping}. So {@code /ui/X} is answered as {@code /X}, and
 * {@code /ui/} and {@code /index.html} lead to the UI's page.
 */
final class UiPrefix implements Filter {
    static final String PREFIX = "/ui";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String uri = req.getRequestURI();
        if (uri.equals("/index.html") && req.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            ((HttpServletResponse) response).sendRedirect(PREFIX + "/");
            return;
        }
        if (uri.equals(PREFIX)) {
            ((HttpServletResponse) response).sendRedirect(PREFIX + "/");
            return;
        }
        if (!uri.startsWith(PREFIX + "/")) {
            chain.doFilter(request, response);
            return;
        }
        String rest = uri.substring(PREFIX.length());
        String path = rest.equals("/") ? "/index.html" : rest;
        if (path.startsWith("/$/")) { // servlets of their own ($/ping, $/server, $/stats): mapped by path, so forwarded
            req.getServletContext().getRequestDispatcher(path).forward(request, response);
            return;
        }
        // The datasets (/kg/query) and the UI's files: Fuseki's filter and the file servlet read the request's path.
        chain.doFilter(new HttpServletRequestWrapper(req) {
            @Override public String getRequestURI() { return path; }
            @Override public StringBuffer getRequestURL() {
                StringBuffer sb = new StringBuffer(super.getRequestURL());
                int at = sb.indexOf(uri);
                if (at >= 0) sb.replace(at, at + uri.length(), path);
                return sb;
            }
            @Override public String getServletPath() { return path; }
            @Override public String getPathInfo() { return null; }
        }, response);
    }
}
