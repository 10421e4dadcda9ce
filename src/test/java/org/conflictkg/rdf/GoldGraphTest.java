package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.StringWriter;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.Fixtures;
import org.junit.jupiter.api.Test;

/** A snippet in, its page graph out, compared with a gold Turtle file by graph isomorphism. */
class GoldGraphTest {
    @Test
    void smallPageMatchesGold() throws Exception {
        String wikitext = "Lead.\n== Iraq ==\nOn 5 September 2014, [[France]] joined."
                + "<ref name=t>{{cite news|title=Title|url=https://news.example/a|work=Reuters|date=5 September 2014}}</ref>\n";
        DatasetGraph dsg = Fixtures.graph("Small page", wikitext);
        Graph actual = dsg.getGraph(Iris.defaults().pageGraph("Small page"));
        // the lead sentence's IRI is a hash of its text; the gold file names the Iraq sentence SENT
        String sentence = actual.find(null, Ckg.text, org.apache.jena.graph.NodeFactory.createLiteralString("On 5 September 2014, France joined."))
                .next().getSubject().getURI();
        String hash = sentence.substring(sentence.lastIndexOf('/') + 1);
        String gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/small-page.ttl")) {
            gold = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("SENT", hash);
        }
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(gold, Lang.TURTLE).parse(expected);
        // The lead sentence "Lead." and its section are in the gold file's scope too.
        Graph actualWithoutLeadSentence = GraphFactory.createDefaultGraph();
        actual.find().forEachRemaining(t -> {
            String subject = t.getSubject().getURI();
            boolean otherSentence = (subject.contains("/sentence/") || subject.contains("/event/")) && !subject.contains(hash);
            if (!otherSentence)
                actualWithoutLeadSentence.add(t);
        });
        if (!actualWithoutLeadSentence.isIsomorphicWith(expected))
            fail("page graph differs from gold\n--- expected\n" + ttl(expected) + "\n--- actual\n" + ttl(actualWithoutLeadSentence));
    }

    private static String ttl(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }
}
