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

    DatasetGraph dataset(CommonOptions common) {
        if (db != null) return Stores.open(db);
        DatasetGraph dsg = Stores.inMemory();
        Txn.executeWrite(dsg, () -> common.pipeline(common.diagnostics()).run(StreamRDFLib.dataset(dsg)));
        return dsg;
    }
}
