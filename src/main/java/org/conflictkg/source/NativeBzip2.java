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
            synchronized (errors) { message = errors.toString(StandardCharsets.UTF_8).strip(); }
            int nl = message.indexOf('\n');
            String first = (nl > 0 ? message.substring(0, nl) : message).strip();
            failure = new IOException(first.isEmpty() ? PROGRAM + " failed with exit code " + code : first);
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
