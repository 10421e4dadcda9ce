package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir Path dir;

    @Test
    void manyThreadsOpeningTheSameJarFolderAtOnceAllGetIt() throws Exception {
        // As the tasks of a Spark executor do, each loading the bundled ontology at its start.
        Path jar = dir.resolve("rules.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            z.putNextEntry(new ZipEntry("ontology/"));
            z.putNextEntry(new ZipEntry("ontology/a.ttl"));
            z.write("# a".getBytes());
        }
        URI uri = URI.create("jar:" + jar.toUri() + "!/ontology");
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> got = new ArrayList<>();
            for (int i = 0; i < threads; i++)
                got.add(pool.submit(() -> {
                    start.await();
                    return ProjectFiles.inJar(uri);
                }));
            for (Future<Path> f : got) {
                Path p = f.get();
                assertTrue(Files.isDirectory(p), p.toString());
                assertEquals("# a", Files.readString(p.resolve("a.ttl")));
            }
        } finally {
            pool.shutdownNow();
            java.nio.file.FileSystems.getFileSystem(uri).close();
        }
    }
}
