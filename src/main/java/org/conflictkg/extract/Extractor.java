package org.conflictkg.extract;

import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.WikiDocument;

/**
 * One concern of extraction: a parsed page in, facts out. Implementations keep no state between
 * pages and may run on several threads at once.
 */
public interface Extractor {
    String name();

    List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics);
}
