package org.conflictkg.cli;

import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.store.Stores;
import picocli.CommandLine.Option;

/** Where a command reads the graph from: a TDB2 store, or the inputs extracted into memory. */
public class DatasetOptions {
    @Option(names = "--db", description = "TDB2 store made by 'load' (default: extract the inputs into memory).")
    Path db;

    @picocli.CommandLine.Mixin CacheOptions cache;

    /** False after {@link #fill} when a page of the inputs failed or was skipped, or an input broke off. */
    boolean complete = true;

    DatasetGraph dataset(CommonOptions common) {
        if (db != null) return Stores.open(db);
        DatasetGraph dsg = Stores.inMemoryForReading();
        fill(dsg, common);
        return dsg;
    }

    private static boolean complete(org.conflictkg.pipeline.RunSummary s) {
        if (!s.complete()) System.err.println("warning: " + s.incompleteLine());
        return s.complete();
    }

    /** Extracts the inputs into {@code dsg}, or reads what an earlier call extracted from the same inputs. */
    void fill(DatasetGraph dsg, CommonOptions common) {
        if (cache.noCache) {
            complete = Txn.calculateWrite(dsg, () -> complete(common.pipeline(common.diagnostics()).run(StreamRDFLib.dataset(dsg))));
            return;
        }
        complete = cache.cache().fill(dsg, CacheOptions.key(common), sink -> complete(common.pipeline(common.diagnostics()).run(sink)),
                warning -> System.err.println("warning: " + warning));
    }
}
