package org.conflictkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** A client or server error as one line of plain text: what went wrong, never an exception's trace. */
final class ErrorAnswer {
    private ErrorAnswer() {}

    static void send(HttpServletResponse res, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
