package org.conflictkg.extract;

/**
 * A fact read from a page that the page transcludes (an infobox kept on a template page of its
 * own): its provenance (line, refs) is that page's, named by {@code page}, the document in
 * {@link org.conflictkg.doc.WikiDocument#transcluded()} with that title.
 */
public record TranscludedFact(String page, Fact fact) implements Fact {
    @Override public Provenance provenance() { return fact.provenance(); }
}
