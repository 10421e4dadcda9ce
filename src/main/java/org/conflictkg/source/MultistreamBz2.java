package org.conflictkg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * A multistream bzip2 dump read as one stream, its bzip2 streams decompressed on several threads.
 * Wikimedia's {@code *-multistream.xml.bz2} dumps are many independent bzip2 streams (a header, about
 * a hundred pages each, a footer), and the index beside the dump gives where each starts; bzip2
 * decompression is most of the cost of reading a dump, and each stream decompresses apart from the
 * others. Streams are decompressed a few ahead of the reader and handed over in order, so the reader
 * sees exactly the bytes {@code bzip2 -dc} would write, and memory holds only that window.
 */
final class MultistreamBz2 extends ChunkStream {
    private final FileChannel file;
    private final long[] starts;
    private final ExecutorService pool;
    private final Deque<Future<byte[]>> ahead = new ArrayDeque<>();
    private final int window;
    private int next;

    /** @param starts the offsets where the streams start, ascending; the last runs to the end of the file */
    MultistreamBz2(Path dump, long[] starts, int threads) throws IOException {
        this.file = FileChannel.open(dump, StandardOpenOption.READ);
        this.starts = starts;
        this.window = Math.max(2, threads * 3);
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ckg-bz2");
            t.setDaemon(true);
            return t;
        });
        fill();
    }

    private void fill() throws IOException {
        while (ahead.size() < window && next < starts.length) {
            long from = starts[next], to = next + 1 < starts.length ? starts[next + 1] : file.size();
            ahead.add(pool.submit(() -> decompress(from, to)));
            next++;
        }
    }

    private byte[] decompress(long from, long to) throws IOException {
        ByteBuffer compressed = ByteBuffer.allocate(Math.toIntExact(to - from));
        while (compressed.hasRemaining() && file.read(compressed, from + compressed.position()) >= 0) { }
        try (InputStream bz = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed.array(), 0, compressed.position()), true)) {
            return bz.readAllBytes();
        }
    }

    /** The next stream's bytes, or null at the end. */
    @Override
    protected byte[] nextChunk() throws IOException {
        if (ahead.isEmpty()) return null;
        byte[] next;
        try {
            next = ahead.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decompressing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException("a bzip2 stream could not be decompressed: " + cause, cause);
        }
        fill();
        return next;
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        ahead.clear();
        file.close();
    }

    /** The index beside a multistream dump ({@code X-multistream.xml.bz2} has {@code X-multistream-index.txt.bz2}), or null. */
    static Path indexOf(Path dump) {
        String name = dump.getFileName().toString();
        if (!name.endsWith("-multistream.xml.bz2")) return null;
        Path index = dump.resolveSibling(name.substring(0, name.length() - ".xml.bz2".length()) + "-index.txt.bz2");
        return Files.isRegularFile(index) ? index : null;
    }

    /**
     * The offsets where the streams of the dump start: 0 (the header stream), every offset of the index
     * ({@code offset:pageid:title} lines, one offset per stream of pages), and, when the last page
     * stream does not run to the end, nothing more is needed: the footer is decompressed with it.
     */
    static long[] streamStarts(Path index) throws IOException {
        java.util.TreeSet<Long> starts = new java.util.TreeSet<>();
        starts.add(0L);
        try (InputStream in = new BZip2CompressorInputStream(new java.io.BufferedInputStream(Files.newInputStream(index), 1 << 16), true);
             java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            long last = -1;
            for (String line; (line = r.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (colon <= 0) continue;
                long offset = Long.parseLong(line.substring(0, colon));
                if (offset != last) starts.add(offset);
                last = offset;
            }
        } catch (NumberFormatException e) {
            throw new IOException(index + ": not a multistream index (offset:pageid:title lines)");
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }
}
