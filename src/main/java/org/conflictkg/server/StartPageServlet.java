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
    private static final String COUNTS = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
            + "SELECT ?kind (COUNT(DISTINCT ?s) AS ?n) { VALUES (?kind ?c) { (\"citations\" ckg:Citation) (\"countries\" ckg:Country) "
            + "(\"groupings\" ckg:Grouping) (\"involvements\" ckg:Involvement) (\"operations\" ckg:MilitaryOperation) "
            + "(\"events\" ckg:DatedEvent) (\"pages\" ckg:SourcePage) } ?s a ?c } GROUP BY ?kind";

    private final transient Supplier<DatasetGraph> dataset;
    private final transient SavedQueries queries;
    private final transient Template page;

    StartPageServlet(Supplier<DatasetGraph> dataset, SavedQueries queries) {
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
                rows.forEachRemaining(b -> counts.put(b.get("kind").getLiteralLexicalForm(), b.get("n").getLiteralLexicalForm()));
            }
        });
        List<Map<String, String>> c = new ArrayList<>();
        counts.forEach((k, v) -> c.add(Map.of("kind", k, "n", v)));
        m.put("counts", c);
        List<Map<String, String>> qs = new ArrayList<>();
        for (SavedQuery q : queries.all()) qs.add(Map.of("name", q.name(), "title", q.summary(), "description", q.description()));
        m.put("queries", qs);
        res.setContentType("text/html; charset=utf-8");
        res.setStatus(200);
        res.getOutputStream().write(page.execute(m).getBytes(StandardCharsets.UTF_8));
    }
}
