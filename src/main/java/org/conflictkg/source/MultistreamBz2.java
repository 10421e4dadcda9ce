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
 * sees exactly the bytes {@code bzip2 -dc} would write, and memory holds only that window. Consecutive
 * streams are decompressed together up to about {@value #RUN_BYTES} compressed bytes (a Wikipedia
 * stream is 100-200 KB), by the system's {@code bzip2} when there is one ({@link NativeBzip2}, a
 * program per run) and otherwise by Java's decoder.
 */
final class MultistreamBz2 extends ChunkStream {
    /** Compressed bytes decompressed as one task: large enough that starting a program costs little. */
    static final long RUN_BYTES = 1 << 20;

    private final FileChannel file;
    private final long[] starts;
    private final boolean program;
    private final java.util.Set<Process> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;
    private final Deque<Future<byte[]>> ahead = new ArrayDeque<>();
    private final int window;
    private int next;
    private IOException failed; // thrown after the bytes decompressed before it are handed over

    /** @param starts the offsets where the streams start, ascending; the last runs to the end of the file */
    MultistreamBz2(Path dump, long[] starts, int threads) throws IOException {
        this(dump, starts, threads, NativeBzip2.program() != null, RUN_BYTES);
    }

    /**
     * @param program  whether to decompress with the system's program ({@link NativeBzip2}) rather than in Java
     * @param runBytes compressed bytes at least in a run of streams decompressed together (but the last)
     */
    MultistreamBz2(Path dump, long[] starts, int threads, boolean program, long runBytes) throws IOException {
        this.file = FileChannel.open(dump, StandardOpenOption.READ);
        this.starts = runs(starts, file.size(), runBytes);
        this.program = program;
        // Runs decompressed ahead, about 5 MB of XML each: three a core keep every core busy on a small
        // machine, and 24 bound the memory on a large one, where the one XML reader is the limit long before.
        this.window = Math.max(2, Math.min(threads * 3, 24));
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

    /** The starts of runs of consecutive streams, each run at least {@code runBytes} long but the last. */
    static long[] runs(long[] starts, long size, long runBytes) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (long s : starts)
            if (out.isEmpty() || s - out.get(out.size() - 1) >= runBytes) out.add(s);
        return out.stream().filter(s -> s < size).mapToLong(Long::longValue).toArray();
    }

    private byte[] decompress(long from, long to) throws IOException {
        if (program) return NativeBzip2.decompress(file, from, to, running);
        ByteBuffer compressed = ByteBuffer.allocate(Math.toIntExact(to - from));
        while (compressed.hasRemaining() && file.read(compressed, from + compressed.position()) >= 0) { }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(compressed.position() * 5);
        try (InputStream bz = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed.array(), 0, compressed.position()), true)) {
            bz.transferTo(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) { // the decoder reports some corruptions unchecked
            throw new Partial(e.getMessage() == null ? e.toString() : e.getMessage(), out.toByteArray());
        }
    }

    /** A run that could not be decompressed whole; what came out before the failure is handed over first. */
    static final class Partial extends IOException {
        private final transient byte[] before;

        Partial(String message, byte[] before) {
            super(message);
            this.before = before;
        }

        byte[] before() { return before; }
    }

    /** The next stream's bytes, or null at the end. */
    @Override
    protected byte[] nextChunk() throws IOException {
        if (failed != null) throw failed;
        if (ahead.isEmpty()) return null;
        byte[] next;
        try {
            next = ahead.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decompressing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Partial partial) { // hand over what was decompressed, then fail
                failed = partial;
                ahead.clear();
                return partial.before();
            }
            if (cause instanceof OutOfMemoryError) throw new IOException(InputException.outOfMemory("decompressing"), cause);
            throw cause instanceof IOException io ? io : new IOException("a bzip2 stream could not be decompressed: " + cause, cause);
        }
        fill();
        return next;
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        running.forEach(Process::destroy);
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
