package org.conflictkg.wiki;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conflictkg.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** Redirects resolved to the end of their chains, from pages, tables and the store, in that order of precedence. */
class RedirectsTest {
    private final List<Diagnostic> warnings = new ArrayList<>();

    private List<String> messages() { return warnings.stream().map(Diagnostic::message).toList(); }

    @Test
    void chainsAreFollowedToTheirEndAndCyclesAndSectionsAreNoAliases() {
        Redirects r = Redirects.builder()
                .addPage("WW2", "Second World War").addPage("Second World War", "World War II")
                .addPage("Loop one", "Loop two").addPage("Loop two", "Loop one")
                .addPage("Mosul offensive", "Battle of Mosul#Offensive").addPage("Mosul push", "Mosul offensive")
                .addPage("Itself", "itself").addPage("battle_of  Alpha", "Battle of Alpha (1944)")
                .build(warnings::add);
        assertEquals(Map.of("WW2", "World War II", "Second World War", "World War II", "Battle of Alpha", "Battle of Alpha (1944)"), r.all());
        assertEquals("World War II#Europe", r.canonical("WW2#Europe"));
        assertEquals("Battle of Alpha (1944)", r.canonical("battle of Alpha"));
        assertEquals("Loop one", r.canonical("Loop one"));
        assertEquals("Mosul push", r.canonical("Mosul push"), "a chain that ends at a section is no alias");
        assertTrue(messages().contains("double redirect WW2 → Second World War → World War II; followed to its end"), messages().toString());
        assertTrue(messages().stream().anyMatch(m -> m.startsWith("redirect cycle Loop one → Loop two → Loop one")), messages().toString());
        assertTrue(r.fromPage("WW2"));
    }

    @Test
    void aRedirectPageReplacesATableAndTheStoreAndATableNamesItselfInWarnings() {
        Redirects store = Redirects.builder().addPage("Old name", "Stored target").add("Tabled", "Somewhere", "old.tsv")
                .build(warnings::add);
        Redirects.Builder before = Redirects.builder().addAll(store)
                .add("Alias", "Table target", "redirects.tsv").add("Ring a", "Ring b", "redirects.tsv").add("Ring b", "Ring a", "redirects.tsv");
        Redirects.Builder pages = Redirects.builder().addPage("Alias", "Page target");
        Redirects r = pages.over(before).build(warnings::add);
        assertEquals("Page target", r.canonical("Alias"));
        assertTrue(r.fromPage("Alias"), "the redirect page replaced the table's line");
        assertEquals("Stored target", r.canonical("Old name"));
        assertTrue(r.fromPage("Old name"), "the store's alias came from a redirect page");
        assertEquals("Somewhere", r.canonical("Tabled"));
        assertFalse(r.fromPage("Tabled"));
        assertFalse(r.fromPage("Not an alias"));
        assertTrue(messages().stream().anyMatch(m -> m.startsWith("redirect cycle Ring a → Ring b → Ring a (redirects.tsv)")), messages().toString());
    }

    @Test
    void partsMergeWithTheLaterReplacingTheEarlierAndABuilderIsUsedOnce() {
        Redirects.Builder first = Redirects.builder().addPage("A", "First").addPage("B", "Bee");
        Redirects.Builder second = Redirects.builder().addPage("A", "Second");
        Redirects r = first.merge(second).build(warnings::add);
        assertEquals(Map.of("A", "Second", "B", "Bee"), r.all());
        assertThrows(IllegalStateException.class, () -> second.build(warnings::add));
        assertThrows(IllegalStateException.class, () -> second.addPage("C", "D"));
        assertThrows(IllegalStateException.class, () -> second.over(Redirects.builder()));
        assertTrue(warnings.isEmpty(), messages().toString());
    }
}
