package org.conflictkg.source;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decompression by the system's bzip2 program, when it has one: Wikipedia dumps are bzip2, and
 * decompressing them is most of the cost of reading one. The Java decoder (Commons Compress) takes
 * about three times as long per core as the C program, most of it computing checksums; so when
 * {@code lbzip2} (parallel), {@code pbzip2} or {@code bzip2} is on the {@code PATH}, a dump is piped
 * through it, and otherwise read in Java. {@code CONFLICT_KG_BZIP2} names a program to use, or
 * {@code java} to always decompress in Java. A program that fails (a truncated or corrupt file) makes
 * the stream fail at its end with the program's own message.
 */
final class NativeBzip2 extends InputStream {
    private static final List<String> PROGRAMS = List.of("lbzip2", "pbzip2", "bzip2");
    private static final String PROGRAM = find();

    private final Process process;
    private final InputStream out;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final Thread errorReader;
    private boolean ended;
    private IOException failure; // thrown again on every read after it: a reader that looked ahead meets it too

    private NativeBzip2(Path file) throws IOException {
        process = new ProcessBuilder(PROGRAM, "-dc", file.toAbsolutePath().toString()).start();
        process.getOutputStream().close();
        out = process.getInputStream();
        errorReader = new Thread(() -> {
            try (InputStream err = process.getErrorStream()) {
                byte[] b = err.readNBytes(4096);
                synchronized (errors) { errors.write(b); }
                err.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the exit code still tells
            }
        }, "ckg-bzip2-errors");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** The file decompressed by the system's program, or null when there is none to use. */
    static InputStream open(Path file) throws IOException {
        return PROGRAM == null ? null : new NativeBzip2(file);
    }

    /**
     * Bytes {@code [from, to)} of a file, whole bzip2 streams, decompressed by the system's program (which
     * {@link #open} must have found): a multistream dump's runs of streams go to one program each, so a
     * single-threaded {@code bzip2} still decompresses on every core. The program is registered in
     * {@code running} while it runs, so that closing the reader can end it.
     */
    static byte[] decompress(java.nio.channels.FileChannel file, long from, long to, java.util.Set<Process> running)
            throws IOException {
        Process process = new ProcessBuilder(PROGRAM, "-dc").start();
        running.add(process);
        try {
            Thread feeder = new Thread(() -> {
                try (java.nio.channels.WritableByteChannel in = java.nio.channels.Channels.newChannel(process.getOutputStream())) {
                    for (long at = from; at < to; ) at += file.transferTo(at, to - at, in);
                } catch (IOException e) {
                    // the program stopped reading: its exit code and message tell why
                }
            }, "ckg-bzip2-feed");
            feeder.setDaemon(true);
            feeder.start();
            byte[] out;
            try (InputStream o = process.getInputStream()) { out = o.readAllBytes(); }
            String message;
            try (InputStream err = process.getErrorStream()) { message = new String(err.readNBytes(4096), StandardCharsets.UTF_8); }
            int code = process.waitFor();
            if (code != 0) throw new MultistreamBz2.Partial(failure(message, code).getMessage(), out);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for " + PROGRAM);
        } finally {
            running.remove(process);
            if (process.isAlive()) process.destroy();
        }
    }

    /** Whether the program decompresses on every core itself ({@code lbzip2}, {@code pbzip2}): then one is enough. */
    static boolean parallel() {
        if (PROGRAM == null) return false;
        String name = Path.of(PROGRAM).getFileName().toString();
        return name.startsWith("lbzip2") || name.startsWith("pbzip2");
    }

    private static IOException failure(String message, int code) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        String first = (nl > 0 ? m.substring(0, nl) : m).strip();
        return new IOException(first.isEmpty() ? PROGRAM + " failed with exit code " + code : first);
    }

    /** The program in use, for logs and benchmarks; null for Java's decoder. */
    static String program() { return PROGRAM; }

    private static String find() {
        String chosen = System.getenv("CONFLICT_KG_BZIP2");
        if (chosen != null && !chosen.isBlank()) return chosen.strip().equalsIgnoreCase("java") ? null : chosen.strip();
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String name : PROGRAMS)
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toString();
            }
        return null;
    }

    @Override
    public int read() throws IOException {
        int b = out.read();
        if (b < 0) end();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = out.read(b, off, len);
        if (n < 0) end();
        return n;
    }

    /** At the end of the output: the program's exit code says whether the file was whole. */
    private void end() throws IOException {
        if (ended) {
            if (failure != null) throw failure;
            return;
        }
        ended = true;
        try {
            int code = process.waitFor();
            errorReader.join(1000);
            if (code == 0) return;
            String message;
            synchronized (errors) { message = errors.toString(StandardCharsets.UTF_8); }
            failure = failure(message, code);
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for " + PROGRAM);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (process.isAlive()) process.destroy();
    }
}
