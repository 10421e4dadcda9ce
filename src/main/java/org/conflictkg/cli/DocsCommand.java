package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.conflictkg.docs.DocsWriter;
import org.conflictkg.pipeline.Resources;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the ontology's HTML documentation (one page, an anchor per term) and its class diagram (DOT).")
public final class DocsCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, defaultValue = "target/docs", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--ontology-dir", description = "Directory of the ontology modules (default: the bundled ontology/).")
    Path ontologyDir;

    @Override
    public Integer call() {
        Graph g = Resources.ontology(ontologyDir);
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.addTo(pm, Iris.defaults());
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#").setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
          .setNsPrefix("wd", "http://www.wikidata.org/entity/").setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/")
          .setNsPrefix("dbo", "http://dbpedia.org/ontology/").setNsPrefix("crm", "http://www.cidoc-crm.org/cidoc-crm/")
          .setNsPrefix("time", "http://www.w3.org/2006/time#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
          .setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        DocsWriter.write(g, pm, output);
        System.err.printf("wrote %s and %s%n", output.resolve("index.html"), output.resolve("classes.dot"));
        return Main.OK;
    }
}
