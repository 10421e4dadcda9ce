package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.countries.Country;

/** What the reference table knows of a country: label, ISO codes, Wikidata id, Wikipedia and DBpedia pages. */
final class CountryDescriber {
    private CountryDescriber() {}

    /** The country's node; its description is written once per page graph, however many facts name it. */
    static Node describe(Country c, Iris iris, Emitter out) {
        Node n = iris.country(c.iso3());
        if (!out.firstTime(n.getURI())) return n;
        out.add(n, Std.type, Ckg.Country);
        out.add(n, Std.type, Ckg.Actor);
        out.english(n, Std.label, c.name());
        out.string(n, Ckg.iso2, c.iso2());
        out.string(n, Ckg.iso3, c.iso3());
        out.add(n, Ckg.wikipediaPage, Iris.wikipedia(c.wikipedia()));
        Node dbpedia = Iris.dbpedia(c.wikipedia());
        out.add(n, Std.skosExactMatch, dbpedia);
        out.add(n, Std.schemaSameAs, dbpedia);
        if (!c.wikidata().isEmpty()) {
            out.string(n, Ckg.wikidataId, c.wikidata());
            Node wd = NodeFactory.createURI("http://www.wikidata.org/entity/" + c.wikidata());
            out.add(n, Std.skosExactMatch, wd);
            out.add(n, Std.schemaSameAs, wd);
        }
        return n;
    }
}
