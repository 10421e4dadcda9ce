package org.conflictkg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.conflict.ConflictFacts;
import org.conflictkg.source.SourcePage;

/**
 * What the pipeline reads on one page, counted by kind of fact: the report a user runs over a new
 * set of pages to see what each gives before loading them.
 *
 * @param conflict the class of the page's own conflict ("Battle"), or "" when it has none
 * @param counts   facts by kind, in {@link #KINDS} order
 */
public record PageReport(String title, boolean failed, String conflict, Map<String, Integer> counts, int warnings, long ms) {
    /** The kinds reported, as column names, and the fact classes each counts. */
    public static final List<String> KINDS = List.of("belligerents", "commanders", "forces", "theaters", "events",
            "operations", "engagements", "groupings", "memberships", "involvements", "casualty_claims", "citations", "sentences");

    /** Reads one page with a processor of this thread. */
    public static PageReport of(SourcePage page, PageProcessor processor) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        long t0 = System.nanoTime();
        Optional<PageResult> r = processor.process(page, diagnostics::add);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int warnings = (int) diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0));
        if (r.isEmpty()) return new PageReport(page.title(), true, "", counts, warnings, ms);
        String conflict = "";
        for (Fact f : r.get().facts()) {
            if (f instanceof ConflictFacts.Subject s) conflict = s.kind().getLocalName();
            String kind = kind(f);
            if (kind != null) counts.merge(kind, 1, Integer::sum);
        }
        return new PageReport(page.title(), false, conflict, counts, warnings, ms);
    }

    private static String kind(Fact f) {
        return switch (f.getClass().getSimpleName()) {
            case "Party" -> "belligerents";
            case "Commander" -> "commanders";
            case "Figure" -> "forces";
            case "TheaterFact" -> "theaters";
            case "EventFact" -> "events";
            case "OperationFact" -> "operations";
            case "TitledEntity" -> "engagements";
            case "GroupingFact" -> "groupings";
            case "MembershipFact" -> "memberships";
            case "InvolvementFact" -> "involvements";
            case "CasualtyFact" -> "casualty_claims";
            case "Citation" -> "citations";
            case "SentenceFact" -> "sentences";
            default -> null;
        };
    }
}
