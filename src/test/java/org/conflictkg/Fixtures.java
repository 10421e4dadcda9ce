package org.conflictkg;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Fact;
import org.conflictkg.pipeline.Extractors;
import org.conflictkg.rdf.Iris;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.source.BundledArticle;
import org.conflictkg.source.SourcePage;
import org.conflictkg.sweble.DocumentBuilder;
import org.conflictkg.sweble.SwebleParser;

/** Wikitext snippets in, documents, facts and graphs out. */
public final class Fixtures {
    private Fixtures() {}

    public static final List<Diagnostic> LAST_DIAGNOSTICS = new ArrayList<>();

    public static WikiDocument doc(String wikitext) {
        return doc("Test page", wikitext);
    }

    public static WikiDocument doc(String title, String wikitext) {
        LAST_DIAGNOSTICS.clear();
        try {
            return new DocumentBuilder(new SwebleParser()).build(SourcePage.of(title, wikitext, "test"), LAST_DIAGNOSTICS::add);
        } catch (SwebleParser.ParseFailure e) {
            throw new AssertionError(e);
        }
    }

    public static String article() { return BundledArticle.load().text(); }

    public static List<Fact> facts(WikiDocument doc) {
        List<Fact> out = new ArrayList<>();
        Extractors.standard().forEach(x -> out.addAll(x.extract(doc, LAST_DIAGNOSTICS::add)));
        return out;
    }

    /** The page graph of a snippet, in a plain in-memory dataset. */
    public static DatasetGraph graph(String title, String wikitext) {
        WikiDocument d = doc(title, wikitext);
        DatasetGraph dsg = DatasetGraphFactory.create();
        new RdfMapper(Iris.defaults()).map(d, facts(d), StreamRDFLib.dataset(dsg));
        return dsg;
    }
}
