package org.conflictkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of the project ({@code ontology/}, {@code queries/}): the given directory when there is
 * one, else the copy bundled in the jar, read through the jar's file system.
 */
public final class ProjectFiles {
    private ProjectFiles() {}

    /** Files of {@code dir} (or of the bundled {@code folder}) whose names end with {@code suffix}, sorted. */
    public static List<Path> list(Path dir, String folder, String suffix) {
        Path root = dir != null ? dir : bundled(folder);
        if (!Files.isDirectory(root)) throw new IllegalArgumentException(root + ": not a directory");
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path bundled(String folder) {
        URL url = ProjectFiles.class.getResource("/" + folder);
        if (url == null) throw new IllegalStateException("no bundled " + folder + "/ folder");
        try {
            URI uri = url.toURI();
            return uri.getScheme().equals("jar") ? inJar(uri) : Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled " + folder + "/: " + e.getMessage(), e);
        }
    }

    /**
     * A path inside a jar, through the jar's one file system. Tasks of a Spark executor ask at the same
     * time: between "not open yet" and opening it, another may open it, so that case is met by using theirs.
     */
    static synchronized Path inJar(URI uri) throws IOException {
        FileSystem fs;
        try {
            fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (java.nio.file.FileSystemAlreadyExistsException opened) { // by code outside this class
                fs = FileSystems.getFileSystem(uri);
            }
        }
        return fs.provider().getPath(uri);
    }
}
