package org.conflictkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one real path of a store, symbolic links followed: a store reached through a link and through
 * its own name takes the same lock, and a load through a link replaces the directory the link points
 * to, leaving the link (which the project did not create) as it was.
 */
public final class StorePath {
    private StorePath() {}

    public static Path real(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) return abs.toRealPath();
            Path parent = abs.getParent();
            if (parent != null && Files.exists(parent)) return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            // unreadable on the way: the absolute path is the best name there is
        }
        return abs;
    }
}
