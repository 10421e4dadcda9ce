package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import org.conflictkg.Fixtures;
import org.conflictkg.doc.WikiDocument;
import org.junit.jupiter.api.Test;

/** The rules are general: edits to a copy of the article show up in what is extracted. */
class ModifiedArticleTest {
    @Test
    void addingARefAddsACitationAndDefiningBi1RemovesTheWarning() {
        String article = Fixtures.article();
        String edited = article.replaceFirst("(?m)^== Syria ==",
                "Added sentence.<ref name=\"bi1\">{{cite web|url=https://example.org/bi1|title=Now defined}}</ref>\n\n== Syria ==");
        WikiDocument d = Fixtures.doc(edited);
        assertEquals(403, d.refBodies().size());
        assertTrue(Fixtures.LAST_DIAGNOSTICS.stream().noneMatch(x -> x.message().contains("bi1")));
        assertTrue(new CitationExtractor().extract(d, x -> {}).stream().map(Citation.class::cast)
                .anyMatch(c -> c.title().equals("Now defined")));
    }

    @Test
    void aChangedHeadingChangesTheSectionPath() {
        String edited = Fixtures.article().replace("=== Russia-led coalition ===", "=== Moscow-led coalition ===");
        WikiDocument d = Fixtures.doc(edited);
        assertTrue(d.sections().stream().anyMatch(s -> s.pathString().equals(
                "International coalitions against the Islamic State > Moscow-led coalition")));
        assertTrue(d.sections().stream().noneMatch(s -> s.heading().equals("Russia-led coalition")));
    }
}
