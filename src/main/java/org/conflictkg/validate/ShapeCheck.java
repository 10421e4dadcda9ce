package org.conflictkg.validate;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;

/** Runs the SHACL shapes of {@code ontology/shapes.ttl} on a graph and prints a report people can read. */
public final class ShapeCheck {
    private ShapeCheck() {}

    public static ValidationReport validate(Graph shapes, Graph data) {
        return ShaclValidator.get().validate(Shapes.parse(shapes), data);
    }

    /** One line per violation: focus node, path, message, sorted; at most {@code limit} lines. */
    public static void print(ValidationReport report, PrefixMapping prefixes, int limit, PrintStream out) {
        List<ReportEntry> entries = report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> str(e.focusNode(), prefixes))
                        .thenComparing(e -> e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes))))
                .toList();
        int shown = 0;
        for (ReportEntry e : entries) {
            if (shown++ == limit) {
                out.printf("... and %d more%n", entries.size() - limit);
                break;
            }
            out.printf("%s: %s%s: %s%n", e.severity().level().getLocalName(), str(e.focusNode(), prefixes),
                    e.resultPath() == null ? "" : " " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)), e.message());
        }
    }

    private static String str(Node n, PrefixMapping pm) {
        if (n == null) return "";
        if (n.isURI()) {
            String s = pm.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        return n.toString();
    }
}
