package org.conflictkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.conflictkg.pipeline.ProjectFiles;

/**
 * The saved queries, by name: the {@code .rq} files of a directory, or the {@code queries/} folder
 * bundled in the jar when no directory is given.
 */
public final class SavedQueries {
    private final Map<String, SavedQuery> byName;

    private SavedQueries(Map<String, SavedQuery> byName) { this.byName = byName; }

    /** The {@code .rq} files of {@code dir}, or of the bundled {@code queries/} when {@code dir} is null. */
    public static SavedQueries load(Path dir) {
        Map<String, SavedQuery> m = new TreeMap<>();
        for (Path f : ProjectFiles.list(dir, "queries", ".rq")) {
            String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
            try {
                m.put(name, SavedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
