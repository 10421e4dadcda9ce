package org.conflictkg.pipeline;

import java.util.List;

import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Fact;

/** One page read, parsed and extracted, with the time each stage took (nanoseconds). */
public record PageResult(WikiDocument doc, List<Fact> facts, long parseNanos, long extractNanos) {
}
