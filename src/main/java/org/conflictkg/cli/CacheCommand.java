package org.conflictkg.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.cache.StoreCache;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cache", mixinStandardHelpOptions = true,
        description = {"List or empty the cache of stores that query and serve build from inputs (without --db).",
                "An entry is found again only for the same inputs, ontology files, options and program build."})
public final class CacheCommand implements Callable<Integer> {
    @Mixin CacheOptions cache;

    @ArgGroup(exclusive = true, multiplicity = "1") Action action;

    static final class Action {
        @Option(names = "--list", description = "List the entries: key, size, when made, from what.") boolean list;
        @Option(names = "--clear", description = "Remove every entry (only files the cache made).") boolean clear;
    }

    @Override
    public Integer call() throws IOException {
        StoreCache c = cache.cache();
        if (action.clear) {
            int n = c.clear();
            System.err.printf("cache: removed %d file(s) from %s%n", n, c.root());
            return Main.OK;
        }
        List<StoreCache.Entry> entries = c.list();
        System.out.println("key\tbytes\tquads\tmade\tinputs");
        for (StoreCache.Entry e : entries)
            System.out.printf("%s\t%d\t%d\t%s\t%s%n", e.key(), e.bytes(), e.quads(), e.made(), e.inputs());
        System.err.printf("cache: %d entr%s in %s%n", entries.size(), entries.size() == 1 ? "y" : "ies", c.root());
        return Main.OK;
    }
}
