package org.conflictkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code fuseki-config/config.ttl}, as {@code serve} uses it: the same file a stock Fuseki reads,
 * with the store location and timeouts set, and update endpoints added only when asked for.
 */
final class FusekiConfig {
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String IN_MEMORY = "--mem--";

    private FusekiConfig() {}

    /** Reads {@code file}, or the bundled copy when it is null. */
    static Model read(Path file) {
        Model m = ModelFactory.createDefaultModel();
        if (file != null) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(m);
            return m;
        }
        try (InputStream in = FusekiConfig.class.getResourceAsStream("/fuseki-config/config.ttl")) {
            if (in == null) throw new IllegalStateException("missing bundled fuseki-config/config.ttl");
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled {@code fuseki-config/cors.properties} as a file, since Fuseki reads CORS settings
     * only from a file: a temporary copy, removed when the JVM exits.
     */
    static String corsFile() {
        try (InputStream in = FusekiConfig.class.getResourceAsStream("/fuseki-config/cors.properties")) {
            if (in == null) throw new IllegalStateException("missing bundled fuseki-config/cors.properties");
            Path tmp = java.nio.file.Files.createTempFile("conflict-kg-cors", ".properties");
            tmp.toFile().deleteOnExit();
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return tmp.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points every TDB2 dataset at {@code location} (a directory, or {@link #IN_MEMORY}). */
    static void setLocation(Model m, String location) {
        replaceAll(m, m.createProperty(TDB2 + "location"), m.createLiteral(location));
    }

    /** Sets every {@code arq:queryTimeout} context entry (server and dataset) to {@code ms}. */
    static void setTimeout(Model m, long ms) {
        Property name = m.createProperty(JA + "cxtName"), value = m.createProperty(JA + "cxtValue");
        for (Resource ctx : m.listSubjectsWithProperty(name, "arq:queryTimeout").toList()) {
            ctx.removeAll(value);
            ctx.addProperty(value, Long.toString(ms));
        }
    }

    /** Adds update, upload and read-write graph store endpoints to every service, for the named users only. */
    static void allowUpdates(Model m, List<String> users) {
        Property endpoint = m.createProperty(FUSEKI + "endpoint"), operation = m.createProperty(FUSEKI + "operation");
        Property name = m.createProperty(FUSEKI + "name"), allowed = m.createProperty(FUSEKI + "allowedUsers");
        for (Resource service : m.listSubjectsWithProperty(RDF.type, m.createResource(FUSEKI + "Service")).toList()) {
            for (String[] op : new String[][]{{"update", "update"}, {"gsp-rw", "data"}, {"upload", "upload"}}) {
                Resource e = m.createResource().addProperty(operation, m.createResource(FUSEKI + op[0])).addProperty(name, op[1]);
                users.forEach(u -> e.addProperty(allowed, u));
                service.addProperty(endpoint, e);
            }
        }
    }

    /** User names of a Jetty realm file ({@code user: password}). */
    static List<String> users(Path passwordFile) {
        try {
            return Files.readAllLines(passwordFile).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains(":"))
                    .map(l -> l.substring(0, l.indexOf(':')).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
    }

    private static void replaceAll(Model m, Property p, RDFNode value) {
        for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
            m.remove(s);
            m.add(s.getSubject(), p, value);
        }
    }
}
