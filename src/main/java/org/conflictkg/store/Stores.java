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

    /** Opens an existing store; refuses a directory that is not one, rather than creating an empty store there. */
    public static DatasetGraph open(Path dir) {
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
