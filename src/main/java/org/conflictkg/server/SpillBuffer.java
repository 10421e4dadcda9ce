package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes held in memory up to a threshold and in a temporary file past it, so a buffered answer costs
 * bounded heap however large it is. {@link #close} deletes the file.
 */
final class SpillBuffer extends OutputStream {
    private final int memoryBytes;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long size;

    SpillBuffer(int memoryBytes) { this.memoryBytes = memoryBytes; }

    @Override
    public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && size + len > memoryBytes) {
            file = Files.createTempFile("conflict-kg-answer", ".part");
            fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) fileOut.write(b, off, len);
        else memory.write(b, off, len);
        size += len;
    }

    long size() { return size; }

    /** Whether the buffered bytes end with these (checked on the last bytes only). */
    boolean endsWith(byte[] tail) throws IOException {
        if (size < tail.length) return false;
        byte[] last = new byte[tail.length];
        if (memory != null) {
            System.arraycopy(memory.toByteArray(), (int) size - tail.length, last, 0, tail.length);
        } else {
            fileOut.flush();
            try (var ch = Files.newByteChannel(file)) {
                ch.position(size - tail.length);
                ch.read(java.nio.ByteBuffer.wrap(last));
            }
        }
        return java.util.Arrays.equals(last, tail);
    }

    void clear() throws IOException {
        close();
        memory = new ByteArrayOutputStream();
        size = 0;
    }

    void copyTo(OutputStream out) throws IOException {
        if (memory != null) { memory.writeTo(out); return; }
        fileOut.flush();
        try (InputStream in = Files.newInputStream(file)) { in.transferTo(out); }
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) { fileOut.close(); fileOut = null; }
        if (file != null) { Files.deleteIfExists(file); file = null; }
    }
}
