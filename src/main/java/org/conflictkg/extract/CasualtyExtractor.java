package org.conflictkg.extract;

import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.claims.ClaimReader;
import org.conflictkg.mapping.MappingRules;

/**
 * Casualty claims: "over 8,500 ISIL militants had been killed", "between 815 and 1,149 civilian
 * non-combatants", "three ISIL fighters ... were killed", "at least a dozen ... were killed" - a
 * figure or range with its hedge, the group counted, the kind of loss the governing word names
 * (killed, wounded, captured), the claimant ("according to X", "X said", "X's claim") and the date of
 * the sentence or of the nearest dated sentence of its paragraph.
 */
public final class CasualtyExtractor implements Extractor {
    private final ClaimReader reader;

    public CasualtyExtractor(MappingRules rules) { this.reader = new ClaimReader(rules); }

    @Override public String name() { return "casualties"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        return reader.read(doc);
    }
}
