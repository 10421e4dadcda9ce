package org.conflictkg.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** Reading rules out of the mapping graph: typed subjects, single and repeated values, patterns. */
final class RuleGraph {
    static final String NS = MappingRules.NS;

    private RuleGraph() {}

    static List<Node> subjects(Graph g, String type) {
        return g.find(Node.ANY, RDF.type.asNode(), prop(type)).mapWith(Triple::getSubject).toList();
    }

    static Node one(Graph g, Node s, String p) {
        var it = g.find(s, prop(p), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    static List<Node> all(Graph g, Node s, String p) {
        List<Node> out = new ArrayList<>();
        g.find(s, prop(p), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    static List<String> strings(Graph g, Node s, String p) {
        return all(g, s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
    }

    static boolean bool(Graph g, Node s, String p) {
        Node n = one(g, s, p);
        return n != null && n.isLiteral() && Boolean.parseBoolean(n.getLiteralLexicalForm());
    }

    static Integer integer(Graph g, Node s, String p) {
        Node n = one(g, s, p);
        return n == null ? null : Integer.valueOf(n.getLiteralLexicalForm().trim());
    }

    static Pattern pattern(Graph g, Node s, String p) {
        Node n = one(g, s, p);
        if (n == null || !n.isLiteral()) throw new IllegalArgumentException("mapping " + s + " has no map:" + p);
        return compile(s, p, n.getLiteralLexicalForm());
    }

    static Pattern optionalPattern(Graph g, Node s, String p) {
        Node n = one(g, s, p);
        return n == null ? null : compile(s, p, n.getLiteralLexicalForm());
    }

    private static Pattern compile(Node s, String p, String regex) {
        // Unicode case folding costs two table lookups per character tried; a pattern written in ASCII
        // letters needs ASCII folding only (the patterns run on every sentence of every page).
        int flags = Pattern.CASE_INSENSITIVE | (regex.chars().allMatch(c -> c < 128) ? 0 : Pattern.UNICODE_CASE);
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("mapping " + s + ": bad map:" + p + ": " + e.getDescription(), e);
        }
    }

    static Node prop(String local) { return NodeFactory.createURI(NS + local); }
}
