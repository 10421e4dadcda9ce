package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicLoadTest {
    @TempDir Path dir;

    private static Quad quad(String s) {
        return Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:" + s),
                NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));
    }

    private long count(Path db) {
        DatasetGraph dsg = Stores.open(db);
        try {
            return Txn.calculateRead(dsg, () -> (long) dsg.getUnionGraph().size());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aFailedLoadLeavesThePreviousStoreAsItWas() {
        Path db = dir.resolve("db");
        AtomicLoad.replace(db, sink -> { sink.quad(quad("a")); sink.quad(quad("b")); return null; });
        assertEquals(2, count(db));
        RuntimeException e = assertThrows(RuntimeException.class, () -> AtomicLoad.replace(db, sink -> {
            sink.quad(quad("c"));
            throw new IllegalStateException("input broke half-way");
        }));
        assertEquals("input broke half-way", e.getMessage());
        assertEquals(2, count(db));
        assertEquals(List.of("db"), java.util.Arrays.stream(dir.toFile().list()).filter(n -> !n.endsWith(".lock")).toList(),
                "no temporary directory left behind (the lock file of the store stays, as TDB2's own does)");
        AtomicLoad.replace(db, sink -> { sink.quad(quad("z")); return null; });
        assertEquals(1, count(db));
    }

    @Test
    void openingANonStoreIsAClearError() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertThrows(org.conflictkg.source.InputException.class, () -> Stores.open(dir.resolve("empty")));
    }
}
