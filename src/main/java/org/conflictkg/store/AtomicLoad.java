package org.conflictkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Replaces a store whole, so that it is never lost. The new store is built beside the old one in
 * {@code .NAME.loading-PID}, marked as this project's, and swapped in with two renames (the old one
 * to {@code .NAME.previous-PID}, the new one to NAME); only then is the old one deleted. Whatever
 * interrupts a run (an error, a kill at any step), the next one finds the store as it was or as
 * it became ({@link StoreRecovery}). The whole run holds the store's {@link StoreLock}.
 * <p>
 * {@code -Dconflictkg.crashAt=built|moved-old|moved-new} halts the process at that step, for the
 * tests that kill a load at every step.
 */
public final class AtomicLoad {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AtomicLoad.class);

    private AtomicLoad() {}

    public static <T> T replace(Path dir, Function<StreamRDF, T> fill) {
        Path target = StorePath.real(dir);
        try (StoreLock lock = StoreLock.acquire(target, "load")) {
            StoreRecovery.recover(target);
            StoreRecovery.requireReplaceable(target);
            return build(target, fill);
        }
    }

    private static <T> T build(Path target, Function<StreamRDF, T> fill) {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        long pid = ProcessHandle.current().pid();
        Path fresh = parent.resolve("." + name + ".loading-" + pid);
        Path old = parent.resolve("." + name + ".previous-" + pid);
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
            StoreRecovery.mark(fresh);
            crashPoint("built");
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                // An empty directory the user made for the store goes; anything else was checked to be ours.
                if (StoreRecovery.isEmptyDirectory(target)) Files.delete(target);
                else Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            crashPoint("moved-old");
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(old)) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the old one back
                throw e;
            }
            crashPoint("moved-new");
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

    private static void crashPoint(String step) {
        if (step.equals(System.getProperty("conflictkg.crashAt"))) Runtime.getRuntime().halt(137);
    }

    static void deleteQuietly(Path p) {
        try { deleteTree(p); } catch (IOException ignored) { /* a leftover the next run removes */ }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
