package org.conflictkg.linked;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.conflictkg.Fixtures;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.diag.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many pages, one graph: the bundled article, the corpus, real pages that link them, a few larger
 * conflicts and the article's infobox template written for the tests, and redirect pages, in one
 * MediaWiki export loaded into one store. Then the saved queries a user asks across them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedStoreTest {
    static final String PREFIXES = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    static final String WIKI = "https://w3id.org/conflict-kg/resource/wiki/";
    private DatasetGraph store;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @BeforeAll
    void loadTheLinkedPages() {
        Path dump = LinkedPages.export(Path.of("target/linked/linked.xml"), LinkedPages.pages(), LinkedPages.redirects());
        store = LinkedPages.store(List.of(dump), new Diagnostics(diagnostics::add), List.of());
    }

    static List<Map<String, String>> select(DatasetGraph dsg, String sparql) {
        List<Map<String, String>> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(PREFIXES + sparql)).build()) {
                qe.select().forEachRemaining(b -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v).isLiteral()
                            ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()));
                    out.add(row);
                });
            }
        });
        return out;
    }

    static Set<String> column(List<List<String>> rows, String name) {
        int i = rows.get(0).indexOf(name);
        return rows.stream().skip(1).map(r -> r.get(i)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyBelligerentThatIsACountryHasAnInvolvementRowForItsConflictAndSide() {
        Set<String> belligerents = Fixtures.query(store, "belligerents", Map.of()).stream().skip(1)
                .filter(r -> !r.get(3).isEmpty()).map(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(3))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> involvement = Fixtures.query(store, "involvement", Map.of("type", "belligerent")).stream().skip(1)
                .filter(r -> !r.get(1).isEmpty()).map(r -> r.get(5) + " | " + r.get(6) + " | " + r.get(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(belligerents.size() > 30, belligerents.toString());
        assertEquals(belligerents, involvement);
        assertTrue(involvement.contains("Battle of Berlin | 1 | POL"));
        assertTrue(involvement.contains("Battle of Marsaglia | 2 | ESP"));
    }

    @Test
    void everySideOfTwoOrMorePartiesIsAGroupingOfExactlyItsParties() {
        String bySide = "SELECT ?c ?side (GROUP_CONCAT(?p; separator=' ') AS ?ps) (COUNT(?p) AS ?n) { "
                + "{ SELECT DISTINCT ?c ?side ?p { ?b a ckg:Belligerent ; ckg:conflict ?c ; ckg:side ?side ; ckg:party ?p } ORDER BY ?p } "
                + "} GROUP BY ?c ?side HAVING (COUNT(?p) >= 2) ORDER BY ?c ?side";
        String groupings = "SELECT ?c ?side (GROUP_CONCAT(?m; separator=' ') AS ?ps) (COUNT(?m) AS ?n) { "
                + "{ SELECT DISTINCT ?c ?side ?m { ?g a ckg:Side ; ckg:conflict ?c ; ckg:side ?side . ?x ckg:grouping ?g ; ckg:member ?m } ORDER BY ?m } "
                + "} GROUP BY ?c ?side ORDER BY ?c ?side";
        List<Map<String, String>> sides = select(store, bySide);
        assertTrue(sides.size() >= 12, sides.toString());
        assertEquals(sides, select(store, groupings));
        List<List<String>> wwii = Fixtures.query(store, "coalition-members", Map.of("coalition", "Allies", "kind", "side"));
        assertTrue(column(wwii, "iso3").containsAll(List.of("USA", "GBR", "FRA", "POL")), wwii.toString());
        assertEquals(Set.of("Allies", "Axis", "Anti-ISIL forces"), Fixtures.query(store, "coalitions", Map.of("kind", "side")).stream()
                .skip(1).map(r -> r.get(0)).filter(n -> !n.contains(", side ")).collect(Collectors.toSet()),
                "a side's own heading labels it; the others are '<conflict>, side N'");
    }

    @Test
    void theArticlesTableRowsNameItsOwnWarWhoseInfoboxIsOnItsTemplatePage() {
        List<List<String>> rows = Fixtures.query(store, "involvement", Map.of("conflict", "Islamic State"));
        List<List<String>> table = rows.stream().skip(1).filter(r -> !Set.of("belligerent", "category").contains(r.get(3))).toList();
        assertEquals(118, table.size());
        assertTrue(table.stream().allMatch(r -> r.get(5).equals("Military intervention against the Islamic State")));
        List<List<String>> war = Fixtures.query(store, "conflicts", Map.of("conflict", "Islamic State"));
        assertEquals(2, war.size(), war.toString());
        assertEquals(List.of("Military intervention against the Islamic State", "war", "2014-06-13"), war.get(1).subList(0, 3));
        assertEquals(war, Fixtures.query(store, "conflicts", Map.of("conflict", "war against the Islamic State")),
                "the lead's bold name finds it too");
        List<List<String>> chammal = Fixtures.query(store, "conflicts", Map.of("within", ARTICLE_IRI));
        assertEquals(Set.of("Opération Chammal"), column(chammal, "conflict"), "a part of it, by its IRI");
    }

    static final String ARTICLE_IRI = WIKI + "International_military_intervention_against_the_Islamic_State";

    @Test
    void oneEntityHasOneIriAndItsAliasesPointThere() {
        String aliasesInPages = "SELECT DISTINCT ?a { GRAPH <https://w3id.org/conflict-kg/graph/redirects> { ?a owl:sameAs ?c } "
                + "GRAPH ?g { { ?a ?p ?o } UNION { ?s ?p ?a } } FILTER(?g != <https://w3id.org/conflict-kg/graph/redirects>) }";
        assertEquals(List.of(), select(store, aliasesInPages), "no page names an entity by an alias");
        assertEquals(List.of(Map.of("c", WIKI + "Battle_of_Mosul_(2016–2017)")),
                select(store, "SELECT ?c { <" + WIKI + "Battle_of_Mosul_(2016–17)> owl:sameAs ?c }"));
        assertEquals(List.of(Map.of("t", "https://w3id.org/conflict-kg/ontology#Battle")),
                select(store, "SELECT ?t { <" + WIKI + "Battle_of_Mosul_(2016–2017)> a ?t }"));
        assertEquals(List.of(Map.of("l", "Second World War"), Map.of("l", "WW2")),
                select(store, "SELECT ?l { <" + WIKI + "World_War_II> skos:altLabel ?l } ORDER BY ?l"),
                "an alias a page names, and a redirect page of the dump whose target is a page of the store");
        assertTrue(select(store, "SELECT ?t { <" + WIKI + "Second_World_War> a ?t }").isEmpty());
        List<String> warnings = diagnostics.stream().map(Diagnostic::toString).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'WW2'") && w.contains("double redirect WW2 → Second World War → World War II")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("redirect cycle Loop one → Loop two → Loop one")), warnings.toString());
    }

    @Test
    void withinListsEveryConflictWhosePartOfChainReachesIt() {
        assertEquals(Set.of("Pacific War", "Naval Battle of Guadalcanal", "Battle of Peleliu", "Battle of the Bulge",
                        "Battle of Berlin", "Battle of Britain", "Eastern Front"),
                column(Fixtures.query(store, "conflicts", Map.of("within", "World War II")), "conflict"));
        assertEquals(Set.of("Naval Battle of Guadalcanal", "Battle of Peleliu"),
                column(Fixtures.query(store, "conflicts", Map.of("within", WIKI + "Pacific_War")), "conflict"));
        assertEquals(Set.of("Battle of the Crater", "Battle of Mount Elba", "Battle of Chusto-Talasah"),
                column(Fixtures.query(store, "conflicts", Map.of("within", "American Civil War")), "conflict"));
        List<List<String>> guadalcanal = Fixtures.query(store, "conflicts", Map.of("conflict", "Guadalcanal"));
        assertEquals("https://en.wikipedia.org/wiki/Pacific_War", guadalcanal.get(1).get(guadalcanal.get(0).indexOf("parent")));
    }
}
