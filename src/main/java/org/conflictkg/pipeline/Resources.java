package org.conflictkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Files of the project (ontology, shapes) read from a directory when given, else from the jar. */
public final class Resources {
    private Resources() {}

    public static final String ONTOLOGY = "conflict-kg.ttl";
    public static final String SHAPES = "shapes.ttl";
    public static final String MAPPING = "mapping.ttl";

    /** Reads {@code name} from {@code dir} when it exists there, else from the jar's {@code ontology/}. */
    public static Graph turtle(Path dir, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            RDFParser.source(dir.resolve(name)).lang(Lang.TURTLE).parse(g);
            return g;
        }
        try (InputStream in = Resources.class.getResourceAsStream("/ontology/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of {@code ontology/} that are not ontology modules: shapes and extraction rules. */
    private static final java.util.Set<String> NOT_MODULES = java.util.Set.of(SHAPES, MAPPING);

    /** The ontology: every Turtle module of the directory (or the bundled one) but the shapes and the mapping. */
    public static Graph ontology(Path dir) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : ProjectFiles.list(dir, "ontology", ".ttl"))
            if (!NOT_MODULES.contains(f.getFileName().toString()))
                try (InputStream in = Files.newInputStream(f)) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
        return g;
    }

    public static String version() {
        String v = Resources.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
