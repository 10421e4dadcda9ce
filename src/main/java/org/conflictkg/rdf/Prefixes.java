package org.conflictkg.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes of conflict-kg output, in one place. */
public final class Prefixes {
    private Prefixes() {}

    private static final String[][] STANDARD = {
            {"ckg", Ckg.NS}, {"prov", Std.PROV}, {"dcterms", Std.DCT}, {"schema", Std.SCHEMA}, {"void", Std.VOID},
            {"skos", Std.SKOS}, {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
            {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"}, {"xsd", "http://www.w3.org/2001/XMLSchema#"},
            {"owl", "http://www.w3.org/2002/07/owl#"}, {"wp", "https://en.wikipedia.org/wiki/"}};

    public static void addTo(PrefixMap pm, Iris iris) {
        for (String[] p : STANDARD) pm.add(p[0], p[1]);
        pm.add("res", iris.base() + "resource/");
    }

    public static void addTo(PrefixMapping pm, Iris iris) {
        for (String[] p : STANDARD) pm.setNsPrefix(p[0], p[1]);
        pm.setNsPrefix("res", iris.base() + "resource/");
    }
}
