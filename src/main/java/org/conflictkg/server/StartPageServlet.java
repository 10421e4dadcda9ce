package org.conflictkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;

/**
 * The start page at {@code /}: what the dataset is and where it comes from, counts, links to the
 * Fuseki query UI and to every saved query, and three views (involvement grid, coalitions over
 * time, timeline) drawn in the browser by {@code /static-kg/app.js} from the saved-query API.
 */
final class StartPageServlet extends HttpServlet {
    /**
     * The counts come from the VoID class census the extraction wrote into the metadata graph (one
     * lookup per class), not from counting the store, which would cost as much as the store is large.
     */
    private static final String COUNTS = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> PREFIX void: <http://rdfs.org/ns/void#> "
            + "SELECT ?kind ?one (MAX(?entities) AS ?n) { VALUES (?kind ?one ?c) { (\"pages\" \"page\" ckg:SourcePage) "
            + "(\"conflicts\" \"conflict\" ckg:Infobox) (\"citations\" \"citation\" ckg:Citation) (\"countries\" \"country\" ckg:Country) "
            + "(\"groupings\" \"grouping\" ckg:Grouping) (\"involvements\" \"involvement\" ckg:Involvement) "
            + "(\"operations\" \"operation\" ckg:MilitaryOperation) (\"events\" \"event\" ckg:DatedEvent) } "
            + "?part void:class ?c ; void:entities ?entities } GROUP BY ?kind ?one ORDER BY ?kind";

    private final transient Supplier<DatasetGraph> dataset;
    private final transient SavedQueries queries;
    private final transient Template page;
    private final String base;

    StartPageServlet(Supplier<DatasetGraph> dataset, SavedQueries queries, String base) {
        this.base = base;
        this.dataset = dataset;
        this.queries = queries;
        this.page = org.conflictkg.docs.Templates.load("index.html.mustache", true);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, String> counts = new LinkedHashMap<>();
        DatasetGraph dsg = dataset.get();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(COUNTS)).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(b -> {
                    String n = b.get("n").getLiteralLexicalForm();
                    counts.put((n.equals("1") ? b.get("one") : b.get("kind")).getLiteralLexicalForm(), n);
                });
            }
        });
        Txn.executeRead(dsg, () -> m.put("topConflicts", ConflictNesting.topLevel(dsg, base)));
        m.put("hasTopConflicts", !((List<?>) m.get("topConflicts")).isEmpty());
        List<Map<String, String>> c = new ArrayList<>();
        counts.forEach((k, v) -> c.add(Map.of("kind", k, "n", v)));
        m.put("counts", c);
        List<Map<String, String>> qs = new ArrayList<>();
        for (SavedQuery q : queries.all()) {
            // A query that needs a parameter is linked with its example values, so that "run" answers.
            StringBuilder example = new StringBuilder();
            q.example().forEach((k, v) -> example.append("&amp;").append(enc(k)).append("=").append(enc(v))); // escaped for HTML here
            qs.add(Map.of("name", q.name(), "title", q.summary(), "description", q.description(), "params", example.toString()));
        }
        m.put("queries", qs);
        res.setContentType("text/html; charset=utf-8");
        res.setStatus(200);
        res.getOutputStream().write(page.execute(m).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
