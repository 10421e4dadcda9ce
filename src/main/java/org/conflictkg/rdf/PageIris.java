package org.conflictkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;

/**
 * The IRIs of the parts of one page, made once per page so that duplicates get distinct names:
 * sections by heading path, sentences by a hash of their text, citations by ref name or a hash
 * of the ref's body. Editing one part of an article leaves the other parts' IRIs unchanged.
 */
public final class PageIris {
    private final String pageBase;
    private final Node page;
    private final Node graph;
    private final Map<Integer, Node> sections = new HashMap<>();
    private final Map<Long, Node> sentences = new HashMap<>();
    private final Map<Integer, Node> citations = new HashMap<>();
    private final Map<String, PageIris> transcluded = new HashMap<>();
    /** The conflict the page is about, when it has one of its own: a table of the page speaks of it. */
    private Node subject;
    /** The prefix of the nodes' paths of a section infobox's statements, or null. */
    private String scope;

    /** A view of {@code other} that shares its names; see {@link #scoped}. */
    private PageIris(PageIris other) {
        this.page = other.page;
        this.pageBase = other.pageBase;
        this.graph = other.graph;
        this.sections.putAll(other.sections);
        this.sentences.putAll(other.sentences);
        this.citations.putAll(other.citations);
        this.transcluded.putAll(other.transcluded);
        this.subject = other.subject;
    }

    public PageIris(WikiDocument doc, Iris iris) {
        this.page = iris.page(doc.page().title());
        this.pageBase = page.getURI();
        this.graph = iris.pageGraph(doc.page().title());
        Set<String> used = new HashSet<>();
        for (Section s : doc.sections()) {
            String slug = s.path().isEmpty() ? "lead" : Iris.slug(String.join(" ", s.path()));
            Node sec = uri("/section/" + unique(slug, used));
            sections.put(s.index(), sec);
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences())
                    sentences.put(key(s.index(), sen.index()),
                            uri("/sentence/" + unique(hash(slug + "\n" + sen.text()), used)));
        }
        for (int refIndex : new java.util.TreeSet<>(doc.refBodies().keySet())) {
            RefUse r = doc.refs().get(refIndex);
            String id = r.name() != null ? "n-" + Iris.slug(r.name()) : "h-" + hash(r.body().strip());
            citations.put(refIndex, uri("/citation/" + unique(id, used)));
        }
    }

    public Node page() { return page; }

    /** The page's own conflict, or null when it has none. */
    public Node subject() { return subject; }

    void subject(Node n) { subject = n; }

    /** The parts of a page this page transcludes, named under that page (its infobox, its citations). */
    public PageIris transcluded(String title) {
        PageIris p = transcluded.get(title);
        if (p == null) throw new IllegalStateException("no transcluded page '" + title + "'");
        return p;
    }

    void addTranscluded(String title, PageIris p) {
        transcluded.put(title, p);
        p.subject = subject;
    }

    public Node graph() { return graph; }

    public Node section(int index) { return sections.get(index); }

    /** The sentence node, or null when {@code sentence < 0}. */
    public Node sentence(int section, int sentence) { return sentence < 0 ? null : sentences.get(key(section, sentence)); }

    public Node citation(int refIndex) { return citations.get(refIndex); }

    /** A node under this page, such as {@code /mention/...}. */
    public Node uri(String path) { return NodeFactory.createURI(pageBase + scope(path)); }

    /** Under a scope, the infobox's own nodes are named under the scope ("/infobox-3/date"), and so are the others. */
    private String scope(String path) {
        if (scope == null) return path;
        return "/" + scope + (path.startsWith("/infobox") ? path.substring("/infobox".length()) : path);
    }

    /** The same page, with the nodes of one of its section infoboxes named under {@code name} ("infobox-3"). */
    public PageIris scoped(String name) {
        PageIris p = new PageIris(this);
        p.scope = name;
        return p;
    }

    private static long key(int section, int sentence) { return ((long) section << 32) | sentence; }

    private static String unique(String id, Set<String> used) {
        String u = id;
        for (int i = 2; !used.add(u); i++) u = id + "-" + i;
        return u;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
