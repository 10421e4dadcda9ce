package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.query.BadParameterException;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.ResultFormat;
import org.conflictkg.query.SavedQueries;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.query.UnknownQueryException;

/**
 * The saved-query API: {@code GET /queries} lists the queries (JSON), {@code GET /queries/NAME}
 * runs one with its parameters from the query string, {@code GET /queries/openapi.json} describes
 * the API. The format comes from {@code format=csv|tsv|json|xml} or the {@code Accept} header
 * (CSV by default). Parameters are bound as RDF terms; an unknown query is 404, a bad parameter 400,
 * a timed-out query 503. Results are capped at a number of rows, and on a read-only server cached
 * by query, parameters and format (the store cannot change while it is served).
 */
final class SavedQueryServlet extends HttpServlet {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final transient SavedQueries queries;
    private final int rowCap;
    private final long timeoutMs;
    private final transient Supplier<DatasetGraph> dataset;
    /** Rendered results by query, parameters and format; only when the store cannot change under the server. */
    private final transient Cache<String, Result> results;

    SavedQueryServlet(SavedQueries queries, Supplier<DatasetGraph> dataset, int rowCap, long timeoutMs, boolean readOnly) {
        this.queries = queries;
        this.dataset = dataset;
        this.rowCap = rowCap;
        this.timeoutMs = timeoutMs;
        this.results = readOnly ? Caffeine.newBuilder().maximumWeight(64L << 20)
                .weigher((String k, Result v) -> v.body().length + k.length()).build() : null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty() || path.equals("/")) { json(res, Listing.of(queries)); return; }
        if (path.equals("/openapi.json")) { json(res, OpenApi.of(queries, req)); return; }
        String name = path.substring(1);
        ResultFormat byExtension = null;
        for (ResultFormat rf : ResultFormat.values()) // /queries/sources.csv
            if (name.endsWith("." + rf.name().toLowerCase(java.util.Locale.ROOT))) {
                byExtension = rf;
                name = name.substring(0, name.lastIndexOf('.'));
            }
        try {
            SavedQuery q = queries.get(name);
            Map<String, String> params = new LinkedHashMap<>();
            for (var e : req.getParameterMap().entrySet()) {
                if (e.getKey().equals("format")) continue;
                if (e.getValue().length > 1 && !e.getValue()[0].equals(e.getValue()[e.getValue().length - 1]))
                    throw new BadParameterException(e.getKey(), "given more than once with different values");
                params.put(e.getKey(), e.getValue()[0]);
            }
            ResultFormat f = byExtension != null ? byExtension : format(req);
            Result r = results == null ? execute(q, params, f) : cached(q, params, f);
            res.setStatus(200);
            res.setContentType(f.mediaType + "; charset=utf-8");
            res.setHeader("Vary", "Accept");
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Expose-Headers", "Link, X-Row-Cap, X-Rows, X-More-Rows");
            res.setHeader("X-Row-Cap", Integer.toString(rowCap));
            res.setHeader("X-Rows", Long.toString(r.outcome().rows()));
            if (r.outcome().more()) {
                // Never a silent cut: say so, and where the next page is.
                res.setHeader("X-More-Rows", "true");
                res.setHeader("Link", "<" + next(req, r.outcome()) + ">; rel=\"next\"");
            }
            res.getOutputStream().write(r.body());
        } catch (UnknownQueryException e) {
            error(res, 404, e.getMessage());
        } catch (BadParameterException e) {
            error(res, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            error(res, 503, "query '" + name + "' stopped by the server's timeout (" + timeoutMs + " ms)");
        }
    }

    /** A rendered result and what the run wrote. */
    private record Result(byte[] body, QueryRunner.Outcome outcome) {}

    private Result execute(SavedQuery q, Map<String, String> params, ResultFormat f) {
        // Buffered (rows are capped), so that a timeout or a bad parameter still gets its own status code.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QueryRunner.Outcome o = QueryRunner.run(q, params, dataset.get(), f, timeoutMs, rowCap, buffer);
        return new Result(buffer.toByteArray(), o);
    }

    private Result cached(SavedQuery q, Map<String, String> params, ResultFormat f) {
        String key = q.name() + '\u0000' + f + '\u0000' + new java.util.TreeMap<>(params);
        Result hit = results.getIfPresent(key);
        if (hit != null) return hit;
        Result r = execute(q, params, f);   // errors propagate and are not cached
        results.put(key, r);
        return r;
    }

    /** The URL of the next page: the same request with the offset moved past the rows just given. */
    private static String next(HttpServletRequest req, QueryRunner.Outcome o) {
        StringBuilder sb = new StringBuilder(req.getRequestURI()).append('?');
        for (var e : req.getParameterMap().entrySet())
            if (!e.getKey().equals("offset") && !e.getKey().equals("limit"))
                sb.append(enc(e.getKey())).append('=').append(enc(e.getValue()[0])).append('&');
        if (req.getParameter("limit") != null) sb.append("limit=").append(enc(req.getParameter("limit"))).append('&');
        return sb.append("offset=").append(o.offset() + o.rows()).toString();
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        error(res, 405, "saved queries are read with GET");
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse res) throws IOException { doPost(req, res); }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse res) throws IOException { doPost(req, res); }

    /** {@code format=} first, then the first Accept media type we serve, else CSV. */
    static ResultFormat format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) return ResultFormat.of(f);
        String accept = req.getHeader("Accept");
        if (accept != null)
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].trim();
                for (ResultFormat rf : ResultFormat.values()) if (rf.mediaType.equalsIgnoreCase(type)) return rf;
                if (type.equals("application/json")) return ResultFormat.JSON;
                if (type.equals("application/xml") || type.equals("text/xml")) return ResultFormat.XML;
            }
        return ResultFormat.CSV;
    }

    private static void json(HttpServletResponse res, Object body) throws IOException {
        res.setStatus(200);
        res.setContentType("application/json; charset=utf-8");
        res.setHeader("Access-Control-Allow-Origin", "*");
        res.getOutputStream().write(GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void error(HttpServletResponse res, int status, String message) throws IOException {
        ErrorAnswer.send(res, status, message);
    }
}
