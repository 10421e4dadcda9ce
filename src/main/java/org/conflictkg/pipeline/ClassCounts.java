package org.conflictkg.pipeline;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Distinct entities per class with the least IRI as example, as {@link ClassCensus} counts them;
 * serializable and mergeable, so that parts of a run counted apart (Spark tasks) add up.
 */
final class ClassCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the VoID class partition says of one class. */
    record Partition(long entities, Node example) {}

    private final Map<Node, Set<Node>> shared = new HashMap<>();
    private final Map<Node, long[]> pageScoped = new HashMap<>();
    private final Map<Node, Node> examples = new HashMap<>();

    void example(Node type, Node s) {
        examples.merge(type, s, ClassCounts::least);
    }

    /** An entity of one page, counted once per page (the caller deduplicates within the page). */
    void pageScoped(Node type) {
        pageScoped.computeIfAbsent(type, k -> new long[1])[0]++;
    }

    /** An entity that several pages may describe: kept, to count it once. */
    void shared(Node type, Node s) {
        shared.computeIfAbsent(type, k -> new HashSet<>()).add(s);
    }

    /** Adds another part's counts: pages are disjoint, shared entities are a union. */
    void merge(ClassCounts other) {
        other.shared.forEach((t, s) -> shared.computeIfAbsent(t, k -> new HashSet<>()).addAll(s));
        other.pageScoped.forEach((t, n) -> pageScoped.computeIfAbsent(t, k -> new long[1])[0] += n[0]);
        other.examples.forEach((t, s) -> examples.merge(t, s, ClassCounts::least));
    }

    Map<Node, Partition> partitions() {
        Map<Node, Partition> out = new HashMap<>();
        Set<Node> types = new HashSet<>(shared.keySet());
        types.addAll(pageScoped.keySet());
        for (Node t : types) {
            long n = shared.getOrDefault(t, Set.of()).size() + pageScoped.getOrDefault(t, new long[1])[0];
            out.put(t, new Partition(n, examples.get(t)));
        }
        return out;
    }

    private static Node least(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) <= 0 ? a : b;
    }
}
