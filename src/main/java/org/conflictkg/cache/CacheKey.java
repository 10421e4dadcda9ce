package org.conflictkg.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a cached store was built from, as a SHA-256: the program (version and build), every input's
 * name and bytes, every file of the ontology in use (mapping rules included), and the options that
 * change the output. Any change to one of them gives another key, so a stale store is never found.
 */
public final class CacheKey {
    private final MessageDigest sha = sha256();
    private final StringBuilder description = new StringBuilder();

    /** A key over the program's identity; add inputs, files and options, then {@link #hex()}. */
    public CacheKey(String program) {
        text("program", program);
    }

    public CacheKey text(String name, String value) {
        byte[] b = (name + "=" + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8);
        sha.update(intBytes(b.length));
        sha.update(b);
        return this;
    }

    /** A file: its name (titles come from file names) and its bytes. */
    public CacheKey file(String role, Path file) {
        text(role, file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long n = 0;
            for (int r; (r = in.read(buf)) > 0; n += r) sha.update(buf, 0, r);
            text("bytes", Long.toString(n));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read it to compute the cache key", e);
        }
        if (role.equals("input")) description.append(description.length() == 0 ? "" : ", ").append(file);
        return this;
    }

    public CacheKey files(String role, List<Path> files) {
        for (Path f : files) file(role, f);
        return this;
    }

    /** The inputs, for {@code cache --list}. */
    public String description() { return description.length() == 0 ? "the bundled article" : description.toString(); }

    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
