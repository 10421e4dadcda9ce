package org.conflictkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.conflictkg.query.MemoryGuard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds back a SPARQL answer until it is complete, so that a query the timeout stops answers 503 with
 * a message in every result format instead of 200 with a cut body. Fuseki streams results and, when
 * the timeout fires after the first byte, can only append a note to what it has sent. Answers past
 * {@code memoryBytes} wait in a temporary file, so memory stays bounded.
 */
final class CompleteAnswer implements Filter {
    /** Fuseki's last line when it had to cut results short. */
    private static final byte[] CUT_MARK = ("****          Incomplete results           ****   ##" + System.lineSeparator())
            .getBytes(StandardCharsets.UTF_8);
    private final int memoryBytes;
    private final long timeoutMs;

    CompleteAnswer(int memoryBytes, long timeoutMs) {
        this.memoryBytes = memoryBytes;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse sres, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse res = (HttpServletResponse) sres;
        try (HeldResponse held = new HeldResponse(res, memoryBytes)) {
            try {
                chain.doFilter(req, held);
            } catch (OutOfMemoryError e) { // the guard's last resort: one allocation larger than what was left
                MemoryGuard.stoppedForMemory();
                outOfMemory(res);
                return;
            }
            if (MemoryGuard.stoppedForMemory()) {
                outOfMemory(res);
                return;
            }
            if (held.errorSent()) {
                // Fuseki answers 500 when a query ran out of memory; said here for what it was.
                if (held.errorStatus() == 500 && MemoryGuard.exhaustedRecently()) outOfMemory(res);
                else held.sendHeldError();
                return;
            }
            held.flushWriter();
            if (held.getStatus() == 503 || held.body().endsWith(CUT_MARK)) {
                res.reset();
                ErrorAnswer.send(res, 503, "query stopped by the server's timeout (" + timeoutMs
                        + " ms); add a LIMIT or narrow the pattern");
                return;
            }
            if (!res.isCommitted()) res.setContentLengthLong(held.body().size());
            held.body().copyTo(res.getOutputStream());
        }
    }

    private static void outOfMemory(HttpServletResponse res) throws IOException {
        if (res.isCommitted()) return;
        res.reset();
        ErrorAnswer.send(res, 503, "query stopped: it needed more memory than the server has (" + MemoryGuard.maxMb()
                + " MB for all queries); add a LIMIT, narrow the pattern or try again later");
    }
}
