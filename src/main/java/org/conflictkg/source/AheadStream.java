package org.conflictkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stream read ahead on a thread of its own: decompressing a single-stream {@code .bz2} (or
 * {@code .gz}) file goes on while the reader parses the XML already decompressed, so reading a dump
 * costs about its decompression, not decompression plus parsing. A bounded queue of chunks keeps
 * the memory to a few hundred KB; a failure of the source is thrown to the reader at its place.
 */
final class AheadStream extends ChunkStream {
    private static final int CHUNK = 256 * 1024;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private final InputStream source;
    private volatile IOException failure;
    private volatile boolean closed;
    private boolean ended;

    AheadStream(InputStream source) {
        this.source = source;
        reader = new Thread(() -> pump(source), "ckg-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(InputStream source) {
        byte[] buf = new byte[CHUNK];
        int n = 0;
        try (InputStream in = source) {
            while (!closed) {
                int r = in.read(buf, n, CHUNK - n);
                if (r < 0) break;
                n += r;
                if (n == CHUNK) {
                    put(buf);
                    buf = new byte[CHUNK];
                    n = 0;
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) { // decompressors report some corruptions unchecked
            failure = new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } catch (InterruptedException e) {
            return;
        }
        try {
            // What was decompressed before a failure is handed over too: the pages in it are whole.
            if (n > 0) put(java.util.Arrays.copyOf(buf, n));
            put(END);
        } catch (InterruptedException e) {
            // closing
        }
    }

    private void put(byte[] chunk) throws InterruptedException {
        while (!closed && !chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) { }
    }

    @Override
    protected byte[] nextChunk() throws IOException {
        if (!ended) {
            byte[] chunk;
            try {
                chunk = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading ahead");
            }
            if (chunk != END) return chunk;
            ended = true;
        }
        // A failure stays: a reader that looked ahead and reset meets it again.
        if (failure != null) throw failure;
        return null;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        chunks.clear();
        // A reader blocked on a program's pipe is not woken by the interrupt: closing the source ends it (and the program).
        try {
            source.close();
        } catch (IOException | RuntimeException ignored) {
            // closing anyway
        }
    }
}
