package org.conflictkg.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

import org.conflictkg.source.PageSource;
import org.conflictkg.source.SourcePage;

/**
 * Pages kept aside in a temporary file while a dump is read once, read back when the pass is over:
 * in a selecting run they are the few pages worth parsing, and their links need every redirect of
 * the dump, known only at its end. The file is the project's own and deleted when read or on exit.
 */
final class SpilledPages implements AutoCloseable {
    private final Path file;
    private final DataOutputStream out;
    private int count;

    private SpilledPages(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    static SpilledPages create() {
        try {
            Path f = Files.createTempFile("conflict-kg-selected-", ".pages");
            f.toFile().deleteOnExit();
            return new SpilledPages(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the selected pages in a temporary file", e);
        }
    }

    void add(SourcePage p) {
        try {
            text(p.title());
            out.writeLong(p.pageId() == null ? Long.MIN_VALUE : p.pageId());
            out.writeLong(p.revisionId() == null ? Long.MIN_VALUE : p.revisionId());
            text(p.timestamp());
            out.writeInt(p.namespace());
            text(p.text());
            text(p.origin());
            text(p.sourceUrl());
            text(p.license());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a selected page in " + file, e);
        }
    }

    int count() { return count; }

    private void text(String s) throws IOException {
        if (s == null) { out.writeInt(-1); return; }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** The kept pages in the order they were kept; closing the source deletes the file. */
    PageSource read() {
        try {
            out.close();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            return new PageSource() {
                private int left = count;

                @Override public boolean hasNext() { return left > 0; }

                @Override public SourcePage next() {
                    if (left == 0) throw new NoSuchElementException();
                    left--;
                    try {
                        String title = text(in);
                        long id = in.readLong(), revision = in.readLong();
                        String timestamp = text(in);
                        int ns = in.readInt();
                        return new SourcePage(title, id == Long.MIN_VALUE ? null : id, revision == Long.MIN_VALUE ? null : revision,
                                timestamp, ns, text(in), text(in), text(in), text(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read back a selected page from " + file, e);
                    }
                }

                @Override public void close() {
                    try { in.close(); } catch (IOException ignored) { /* deleting anyway */ }
                    SpilledPages.this.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the selected pages from " + file, e);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = in.readNBytes(n);
        if (b.length < n) throw new EOFException();
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try { out.close(); } catch (IOException ignored) { /* deleting anyway */ }
        try { Files.deleteIfExists(file); } catch (IOException ignored) { /* deleteOnExit remains */ }
    }
}
