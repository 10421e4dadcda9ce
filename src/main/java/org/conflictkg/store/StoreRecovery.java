package org.conflictkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.conflictkg.source.InputException;

/**
 * What an interrupted load leaves, put right by the next run (under the store's lock): with no
 * store but a {@code .NAME.previous-PID}, the previous store comes back; a previous one beside a
 * complete store goes; the {@code .NAME.loading-PID} directories of processes no longer running
 * go. And the check that a directory given as a store may be replaced: it is missing, empty, or a
 * store this project made (its marker file), never anything else.
 */
public final class StoreRecovery {
    /** The file that says a directory is a store made by conflict-kg's load. */
    public static final String MARKER = ".conflict-kg-store";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreRecovery.class);

    private StoreRecovery() {}

    static void mark(Path store) throws IOException {
        Files.writeString(store.resolve(MARKER), "A TDB2 store made by conflict-kg load; load may replace it whole.\n");
    }

    static boolean isEmptyDirectory(Path p) throws IOException {
        if (!Files.isDirectory(p)) return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    /** Refuses a path that holds something other than this project's store: nothing is deleted that load did not make. */
    static void requireReplaceable(Path target) {
        try {
            if (!Files.exists(target) || isEmptyDirectory(target)) return;
            if (!Files.isDirectory(target))
                throw new InputException(target + " is a file, not a store; refusing to replace it (nothing was changed)");
            if (!Files.exists(target.resolve(MARKER)))
                throw new InputException(target + " exists and is not a store made by conflict-kg load; refusing to replace it "
                        + "(nothing was changed). Give a new or empty directory, or, if it is a store of this project made "
                        + "before it was marked, create " + target.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts right what an interrupted load left beside {@code target}. */
    public static void recover(Path target) {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        if (parent == null || !Files.isDirectory(parent)) return;
        try (Stream<Path> s = Files.list(parent)) {
            List<Path> leftovers = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("." + name + ".previous-") || n.startsWith("." + name + ".loading-");
            }).sorted().toList();
            for (Path p : leftovers) {
                String n = p.getFileName().toString();
                long pid = Long.parseLong(n.substring(n.lastIndexOf('-') + 1));
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                if (n.contains(".previous-") && !Files.exists(target)) {
                    Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                    LOG.warn("{}: a load was interrupted while swapping stores; the previous store is back", target);
                    System.err.println("warning: " + target + ": a load was interrupted while swapping stores; the previous store is back");
                } else {
                    AtomicLoad.deleteTree(p);
                    LOG.info("{}: removed {}, left by an interrupted load", target, p.getFileName());
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("could not tidy what an earlier load left beside {}: {}", target, e.toString());
        }
    }
}
