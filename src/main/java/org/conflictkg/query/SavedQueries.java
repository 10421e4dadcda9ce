package org.conflictkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The saved queries, by name: the {@code .rq} files of a directory, or the {@code queries/} folder
 * bundled in the jar when no directory is given.
 */
public final class SavedQueries {
    private final Map<String, SavedQuery> byName;

    private SavedQueries(Map<String, SavedQuery> byName) { this.byName = byName; }

    public static SavedQueries load(Path dir) {
        if (dir != null) return fromDirectory(dir);
        URL url = SavedQueries.class.getResource("/queries");
        if (url == null) throw new IllegalStateException("no bundled queries/ folder");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try { fs = FileSystems.getFileSystem(uri); }
                catch (FileSystemNotFoundException e) { fs = FileSystems.newFileSystem(uri, Map.of()); }
                return fromDirectory(fs.provider().getPath(uri));
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled queries: " + e.getMessage(), e);
        }
    }

    static SavedQueries fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a directory of saved queries");
        Map<String, SavedQuery> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                m.put(name, SavedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SavedQueries(Map.copyOf(m));
    }

    public SavedQuery get(String name) {
        SavedQuery q = byName.get(name);
        if (q == null) throw new UnknownQueryException(name, names());
        return q;
    }

    public Collection<String> names() { return new java.util.TreeSet<>(byName.keySet()); }

    public Collection<SavedQuery> all() { return new TreeMap<>(byName).values(); }
}
