package org.conflictkg.cache;

import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Stores that {@code query} and {@code serve} built from inputs that have not changed since, kept as
 * RDF Thrift files named by their {@link CacheKey}: loading one takes a fraction of a second where
 * extracting the inputs again takes seconds. An entry is written to a temporary file and renamed
 * into place, so a reader never sees half of one. An entry proves itself before it is served: its
 * length, SHA-256 and quad count, recorded beside it, must match what is read; one that does not, or
 * cannot be read, is rebuilt with a warning. Only a complete run (no page skipped or failed) is kept.
 * The folder is marked with a {@code CACHEDIR.TAG}, and only files this class names are ever removed.
 */
public final class StoreCache {
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.(rt|properties)");
    private static final Pattern LEFTOVER = Pattern.compile("\\.[0-9a-f]{64}\\.rt\\.[0-9]+\\.tmp");
    static final String TAG = "CACHEDIR.TAG";
    static final int MAX_ENTRIES = 32;
    private final Path root;

    public StoreCache(Path root) { this.root = root; }

    public Path root() { return root; }

    /** One entry: its key, size in bytes, when it was made, and from what. */
    public record Entry(String key, long bytes, Instant made, String inputs, long quads) {}

    /**
     * The store for {@code key}: read from the cache, or built with {@code build} into {@code dsg}
     * and then saved. {@code dsg} is an empty in-memory dataset.
     */
    public boolean fill(DatasetGraph dsg, CacheKey key, java.util.function.Predicate<StreamRDF> build, Consumer<String> warn) {
        Path file = root.resolve(key.hex() + ".rt");
        if (Files.isRegularFile(file)) {
            try {
                Txn.executeWrite(dsg, () -> read(file, root.resolve(key.hex() + ".properties"), dsg));
                touch(file);
                return true;
            } catch (RuntimeException broken) {
                warn.accept("cache entry " + file + " " + broken.getMessage() + "; rebuilding it");
                Txn.executeWrite(dsg, dsg::clear);
            }
        }
        boolean complete = Txn.calculateWrite(dsg, () -> build.test(StreamRDFLib.dataset(dsg)));
        if (!complete) return false;  // an incomplete run is not kept: the next call tries again, and says so again
        try {
            save(dsg, key);
        } catch (IOException | UncheckedIOException e) {
            warn.accept("could not save the store in the cache " + root + " (" + e.getMessage() + "); the next call extracts again");
        }
        return true;
    }

    /** Reads an entry whose length, checksum and quad count agree with what its properties recorded; throws otherwise. */
    private static void read(Path file, Path props, DatasetGraph dsg) {
        Properties p = new Properties();
        try {
            if (!Files.isRegularFile(props)) throw new IllegalStateException("has no record of its length and checksum");
            try (InputStream in = Files.newInputStream(props)) { p.load(in); }
            long bytes = Long.parseLong(p.getProperty("bytes", "-1")), quads = Long.parseLong(p.getProperty("quads", "-1"));
            if (Files.size(file) != bytes)
                throw new IllegalStateException("is " + Files.size(file) + " bytes long where " + bytes + " were written");
            MessageDigest sha = sha256();
            try (InputStream in = new BufferedInputStream(new DigestInputStream(Files.newInputStream(file), sha), 1 << 16)) {
                RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(dsg);
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(p.getProperty("sha256")))
                throw new IllegalStateException("does not match its checksum");
            long n = 0;
            for (var it = dsg.findNG(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY); it.hasNext(); it.next()) n++;
            if (n != quads) throw new IllegalStateException("holds " + n + " quads where " + quads + " were written");
        } catch (IOException e) {
            throw new IllegalStateException("cannot be read (" + e.getMessage() + ")", e);
        } catch (NumberFormatException | org.apache.jena.riot.RiotException e) {
            throw new IllegalStateException("cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(DatasetGraph dsg, CacheKey key) throws IOException {
        Files.createDirectories(root);
        Path tag = root.resolve(TAG);
        if (!Files.exists(tag))
            Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                    + "# This folder holds conflict-kg's cached stores; 'conflict-kg cache --clear' empties it.\n");
        String hex = key.hex();
        Path tmp = root.resolve("." + hex + ".rt." + ProcessHandle.current().pid() + ".tmp");
        long quads;
        MessageDigest sha = sha256();
        try {
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(tmp), sha), 1 << 16)) {
                quads = Txn.calculateRead(dsg, () -> {
                    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
                    w.start();
                    long n = 0;
                    // named graphs only: a union default graph repeats their triples
                    for (var it = dsg.findNG(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY); it.hasNext(); n++) w.quad(it.next());
                    w.finish();
                    return n;
                });
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) { ch.force(true); }
            Properties p = new Properties();
            p.setProperty("inputs", key.description());
            p.setProperty("quads", Long.toString(quads));
            p.setProperty("bytes", Long.toString(Files.size(tmp)));
            p.setProperty("sha256", HexFormat.of().formatHex(sha.digest()));
            p.setProperty("made", Instant.now().toString());
            try (OutputStream out = Files.newOutputStream(root.resolve(hex + ".properties"))) { p.store(out, "conflict-kg cache entry"); }
            move(tmp, root.resolve(hex + ".rt"));
        } finally {
            Files.deleteIfExists(tmp);
        }
        prune();
    }

    /** Keeps the {@link #MAX_ENTRIES} most recently used entries: every changed input makes a new one. */
    private void prune() throws IOException {
        List<Entry> all = list();
        if (all.size() <= MAX_ENTRIES) return;
        List<Entry> oldest = all.stream().sorted(java.util.Comparator.comparing(Entry::made)).toList();
        for (Entry e : oldest.subList(0, all.size() - MAX_ENTRIES)) {
            Files.deleteIfExists(root.resolve(e.key() + ".rt"));
            Files.deleteIfExists(root.resolve(e.key() + ".properties"));
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // a read-only cache still serves; it only forgets which entry was used last
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public List<Entry> list() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (var s = Files.list(root)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".rt") || !ENTRY.matcher(name).matches()) continue;
                String hex = name.substring(0, 64);
                Properties p = new Properties();
                Path props = root.resolve(hex + ".properties");
                if (Files.isRegularFile(props)) try (InputStream in = Files.newInputStream(props)) { p.load(in); }
                out.add(new Entry(hex, Files.size(f), Files.getLastModifiedTime(f).toInstant(),
                        p.getProperty("inputs", "?"), Long.parseLong(p.getProperty("quads", "-1"))));
            }
        }
        return out;
    }

    /** Removes the entries and leftovers of this cache, nothing else; returns how many files went. */
    public int clear() throws IOException {
        if (!Files.isDirectory(root)) return 0;
        if (!Files.exists(root.resolve(TAG)))
            throw new IOException(root + " has no " + TAG + ": not a conflict-kg cache, left as it is");
        int n = 0;
        try (var s = Files.list(root)) {
            for (Path f : s.toList()) {
                String name = f.getFileName().toString();
                if ((ENTRY.matcher(name).matches() || LEFTOVER.matcher(name).matches()) && Files.deleteIfExists(f)) n++;
            }
        }
        return n;
    }

    /** The platform's user cache folder for conflict-kg, or {@code CONFLICT_KG_CACHE} when set. */
    public static Path defaultRoot() {
        String env = System.getenv("CONFLICT_KG_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("conflict-kg/cache");
        }
        if (os.contains("mac")) return home.resolve("Library/Caches/conflict-kg");
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("conflict-kg");
    }
}
