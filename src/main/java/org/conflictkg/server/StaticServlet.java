package org.conflictkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The start page's own files (JS, CSS) from the jar's {@code web/}: no external CDN, it works offline. */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css", "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (!path.matches("/[a-z0-9-]+\\.(js|css|svg)")) { res.sendError(404); return; }
        try (InputStream in = StaticServlet.class.getResourceAsStream("/web" + path)) {
            if (in == null) { res.sendError(404); return; }
            res.setContentType(TYPES.get(path.substring(path.lastIndexOf('.') + 1)) + "; charset=utf-8");
            res.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(res.getOutputStream());
        }
    }
}
