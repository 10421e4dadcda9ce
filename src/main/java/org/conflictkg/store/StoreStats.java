package org.conflictkg.store;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes TDB2's statistics file ({@code stats.opt}) into a store's storage directory: the counts per
 * predicate that let the query optimiser put the selective patterns of a basic graph pattern first.
 * TDB2 reads the file when the store is opened, so it is written at the end of a load.
 */
public final class StoreStats {
    private StoreStats() {}

    /** Gathers the statistics of the store's quads (in a read transaction) and writes them beside its data. */
    public static Path write(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Path file = Path.of(tdb.getLocation().getPath("stats.opt"));
        org.apache.jena.system.Txn.executeRead(dsg, () -> {
            StatsCollector stats = Stats.gather(dsg.getUnionGraph());
            Stats.write(file.toString(), stats.results());
        });
        return file;
    }
}
