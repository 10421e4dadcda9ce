package org.conflictkg.cli;

import java.nio.file.Path;
import java.security.CodeSource;

import org.conflictkg.cache.CacheKey;
import org.conflictkg.cache.StoreCache;
import org.conflictkg.pipeline.ProjectFiles;
import org.conflictkg.pipeline.Resources;
import picocli.CommandLine.Option;

/** Where {@code query} and {@code serve} keep the stores they build from inputs, and the key of one. */
public class CacheOptions {
    @Option(names = "--cache", paramLabel = "DIR", description = "Cache folder for stores built from inputs "
            + "(default: $CONFLICT_KG_CACHE, else the user cache folder, e.g. ~/.cache/conflict-kg).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Extract the inputs again and keep nothing.")
    boolean noCache;

    StoreCache cache() { return new StoreCache(cacheDir != null ? cacheDir : StoreCache.defaultRoot()); }

    /** The key of what {@code common} would build: program, inputs, ontology files and output options. */
    static CacheKey key(CommonOptions common) {
        CacheKey k = new CacheKey(program());
        if (common.inputs.isEmpty()) k.files("bundled", ProjectFiles.list(null, "articles", ".wikitext"));
        else k.files("input", common.inputs);
        k.files("ontology", ProjectFiles.list(common.ontologyDir, "ontology", ""));
        if (common.titlesFile != null) k.file("titles", common.titlesFile);
        k.files("redirects", common.redirectTables);
        return k.text("title", common.title).text("base", common.base).text("namespace", Integer.toString(common.namespace))
                .text("max-page-mb", Double.toString(common.maxPageMb));
    }

    /** The version, and for a jar its size and time: a rebuilt jar of the same version is another program. */
    private static String program() {
        String id = Resources.version();
        try {
            CodeSource src = CacheOptions.class.getProtectionDomain().getCodeSource();
            Path code = src == null ? null : Path.of(src.getLocation().toURI());
            if (code != null && java.nio.file.Files.isRegularFile(code))
                id += " " + java.nio.file.Files.size(code) + " " + java.nio.file.Files.getLastModifiedTime(code).toMillis();
            else if (code != null && java.nio.file.Files.isDirectory(code))
                id += " " + newestFile(code);  // classes being developed: any recompiled class is another program
        } catch (Exception e) {
            id += " unknown-build";
        }
        return id;
    }

    private static String newestFile(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            long[] newest = {0, 0};
            files.filter(java.nio.file.Files::isRegularFile).forEach(f -> {
                newest[1]++;
                try { newest[0] = Math.max(newest[0], java.nio.file.Files.getLastModifiedTime(f).toMillis()); }
                catch (java.io.IOException e) { newest[0] = Long.MAX_VALUE; }
            });
            return newest[1] + " files, newest " + newest[0];
        }
    }
}
