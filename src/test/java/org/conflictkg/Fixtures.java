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

    /** The whole pipeline on a page's text, into a store with a union default graph. */
    public static DatasetGraph store(String title, String wikitext) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("ckg", ".wikitext");
            java.nio.file.Files.writeString(f, wikitext);
            DatasetGraph dsg = org.conflictkg.store.Stores.inMemory();
            org.apache.jena.system.Txn.executeWrite(dsg, () -> org.conflictkg.pipeline.Pipeline.builder()
                    .inputs(List.of(f)).title(title).diagnostics(new org.conflictkg.diag.Diagnostics(LAST_DIAGNOSTICS::add))
                    .build().run(StreamRDFLib.dataset(dsg)));
            java.nio.file.Files.delete(f);
            return dsg;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rows of a saved query's CSV result, header first. */
    public static List<List<String>> query(DatasetGraph dsg, String name, java.util.Map<String, String> params) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.conflictkg.query.QueryRunner.run(org.conflictkg.query.SavedQueries.load(java.nio.file.Path.of("queries")).get(name),
                params, dsg, org.conflictkg.query.ResultFormat.CSV, 30_000, out);
        List<List<String>> rows = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(
                out.toString(java.nio.charset.StandardCharsets.UTF_8)))) {
            parser.forEach(r -> rows.add(r.toList()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    /** The page graph of a snippet, in a plain in-memory dataset. */
    public static DatasetGraph graph(String title, String wikitext) {
        WikiDocument d = doc(title, wikitext);
        DatasetGraph dsg = DatasetGraphFactory.create();
        new RdfMapper(Iris.defaults()).map(d, facts(d), StreamRDFLib.dataset(dsg));
        return dsg;
    }
}
