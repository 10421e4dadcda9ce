package org.conflictkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Replaces a TDB2 store as a whole: the new store is built in a sibling directory and swapped in
 * by renames only when it is complete. A failure at any point leaves the previous store as it was.
 *
 * <pre>{@code
 * AtomicLoad.replace(Path.of("db"), sink -> pipeline.run(sink));
 * }</pre>
 */
public final class AtomicLoad {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AtomicLoad.class);

    private AtomicLoad() {}

    public static <T> T replace(Path dir, Function<StreamRDF, T> fill) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path fresh = parent.resolve("." + name + ".loading-" + ProcessHandle.current().pid());
        Path old = parent.resolve("." + name + ".previous-" + ProcessHandle.current().pid());
        T result;
        try {
            Files.createDirectories(parent);
            deleteTree(fresh);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(fresh.toString());
            try {
                // TDB2's bulk loader builds the indexes in phases, faster than quad-by-quad inserts.
                DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> LOG.debug(String.format(fmt, args)));
                loader.startBulk();
                try {
                    result = fill.apply(loader.stream());
                    loader.finishBulk();
                    StoreStats.write(dsg);
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
            } finally {
                TDBInternal.expel(dsg);
            }
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(old)) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the old one back
                throw e;
            }
            deleteTree(old);
            return result;
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException("could not replace the store at " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        try { deleteTree(p); } catch (IOException ignored) { /* best effort: a stale temp dir is harmless */ }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
