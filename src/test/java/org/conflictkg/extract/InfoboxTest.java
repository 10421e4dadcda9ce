package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.Fixtures;
import org.conflictkg.diag.Diagnostics;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation's own page, read in the same run, gives the leader that the linking article leaves out.
 * The theater is the nearest heading that names a place: "Mali", not "Maghreb and Sahel", which the
 * page names nowhere as a place.
 */
class InfoboxTest {
    static final String ARTICLE = """
            Intro.
            == Maghreb and Sahel ==
            === Mali ===
            {{main|Mali War|Operation Barkhane}}
            """;
    static final String OPERATION_PAGE = """
            {{Short description|French military operation}}
            {{Infobox military operation
            | name        = Operation Barkhane
            | partof      = the [[Mali War]]
            | location    = [[Sahel]]
            | date        = 1 August 2014 – 9 November 2022
            | executed_by = {{flagicon|France}} [[French Armed Forces]]
            }}
            '''Operation Barkhane''' was a counter-insurgency operation in the Sahel.
            """;

    @TempDir Path dir;

    @Test
    void theOperationsOwnPageGivesItsLeaderAndDates() throws Exception {
        DatasetGraph both = run(Map.of("War in the Sahel", ARTICLE, "Operation Barkhane", OPERATION_PAGE));
        List<List<String>> barkhane = Fixtures.query(both, "operations", Map.of()).stream()
                .filter(r -> r.get(0).equals("Operation Barkhane")).toList();
        assertEquals(List.of(List.of("Operation Barkhane", "France", "Mali", "2014-08-01", "2022-11-09")), barkhane);
    }

    @Test
    void withoutThatPageTheLeaderStaysUnknown() throws Exception {
        DatasetGraph alone = run(Map.of("War in the Sahel", ARTICLE));
        assertEquals(List.of(List.of("Operation Barkhane", "", "Mali", "", "")),
                Fixtures.query(alone, "operations", Map.of()).stream().filter(r -> r.get(0).equals("Operation Barkhane")).toList());
    }

    @Test
    void theFirstCountryOfTheFirstNamedSideLeads() {
        String page = """
                {{Infobox military conflict
                | conflict   = Operation Example
                | date       = 5 March 2016 – present
                | combatant1 = {{flag|United Kingdom}}<br>{{flag|France}}
                | combatant2 = [[Islamic State]]
                }}
                Text.
                """;
        List<OperationFact> ops = facts("Operation Example", page);
        assertEquals(1, ops.size());
        assertEquals("GBR", ops.get(0).leader().iso3());
        assertEquals("2016-03-05", ops.get(0).start().lexical());
        assertNull(ops.get(0).end(), "an open range has no end");
        assertEquals(List.of(), facts("Battle of Example", page.replace("Operation Example", "Battle of Example")),
                "a battle's page describes a battle, not an operation");
    }

    private static List<OperationFact> facts(String title, String page) {
        var doc = Fixtures.doc(title, page);
        return new org.conflictkg.extract.conflict.ConflictExtractor(org.conflictkg.mapping.MappingRules.load(null),
                org.conflictkg.countries.Countries.bundled())
                .extract(doc, d -> {}).stream().filter(OperationFact.class::isInstance).map(OperationFact.class::cast).toList();
    }

    private DatasetGraph run(Map<String, String> pages) throws Exception {
        StringBuilder xml = new StringBuilder("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\">\n");
        int id = 1;
        for (var e : new java.util.TreeMap<>(pages).entrySet())
            xml.append("<page><title>").append(e.getKey()).append("</title><ns>0</ns><id>").append(id++)
                    .append("</id><revision><id>").append(id).append("</id><text xml:space=\"preserve\">")
                    .append(e.getValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</text></revision></page>\n");
        Path f = Files.writeString(dir.resolve("pages.xml"), xml.append("</mediawiki>\n"));
        DatasetGraph dsg = Stores.inMemory();
        Txn.executeWrite(dsg, () -> Pipeline.builder().inputs(List.of(f)).diagnostics(new Diagnostics(d -> {}))
                // the article has neither infobox nor category: every page of this export is read
                .selection(org.conflictkg.pipeline.PageSelection.Mode.ALL, false)
                .build().run(StreamRDFLib.dataset(dsg)));
        return dsg;
    }
}
