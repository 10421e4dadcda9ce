package org.conflictkg.pipeline;

import java.util.List;

import org.conflictkg.extract.CitationExtractor;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.LinkExtractor;
import org.conflictkg.extract.SectionExtractor;

/** The extractors a run uses, listed explicitly (no classpath scanning). */
public final class Extractors {
    private Extractors() {}

    public static List<Extractor> standard() {
        return List.of(new SectionExtractor(), new CitationExtractor(), new LinkExtractor());
    }
}
