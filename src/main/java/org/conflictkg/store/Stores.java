package org.conflictkg.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.conflictkg.source.InputException;

/**
 * TDB2 datasets as conflict-kg uses them: SPARQL's default graph is the union of the named graphs
 * (ontology, metadata, one per page), so a query needs no GRAPH clause.
 */
public final class Stores {
    private Stores() {}

    public static DatasetGraph inMemory() {
        return unionDefault(DatabaseMgr.createDatasetGraph());
    }

    /**
     * An in-memory dataset to fill once and read, ten times faster to fill than {@link #inMemory()}:
     * what {@code query} and a read-only {@code serve} use for inputs without a store.
     */
    public static DatasetGraph inMemoryForReading() {
        return new UnionMemory();
    }

    /**
     * Opens an existing store; refuses a directory that is not one, rather than creating an empty
     * store there. First puts right what an interrupted load left, unless another process holds the store.
     */
    public static DatasetGraph open(Path dir) {
        try (StoreLock lock = StoreLock.acquire(dir, "open")) {
            StoreRecovery.recover(StorePath.real(dir));
        } catch (InputException busy) {
            // a load or a server holds it: it recovers what needs recovering itself
        }
        return connect(dir);
    }

    /** Opens an existing store as it is (the caller holds its lock). */
    static DatasetGraph connect(Path dir) {
        requireStore(dir);
        return unionDefault(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    /** Refuses, with a message a user can act on, a directory that holds no TDB2 store. */
    public static void requireStore(Path dir) {
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("Data-0001")) && !looksLikeTdb2(dir))
            throw new InputException(dir + ": no TDB2 store here; create one with 'conflict-kg load --db " + dir + "'");
    }

    static DatasetGraph unionDefault(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    private static boolean looksLikeTdb2(Path dir) {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
