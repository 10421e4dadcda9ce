package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.conflictkg.bench.MultistreamDump;
import org.conflictkg.cli.CliTest;
import org.conflictkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selection before parsing: on a dump, only pages whose raw text calls a mapped infobox or names a
 * mapped category are parsed, and the graph equals a run that names those pages by title.
 */
class PageSelectionTest {
    @TempDir Path dir;

    static final List<Map.Entry<String, String>> PAGES = List.of(
            Map.entry("Gamma", "{{Infobox settlement\n| name = Gamma\n}}\n'''Gamma''' is a town in [[France]]. In 1944 it was liberated.\n"
                    + "[[Category:Towns in France]]\n"),
            Map.entry("Battle of Alpha", "{{Infobox military conflict\n| conflict = Battle of Alpha\n| date = 3 May 1944\n"
                    + "| place = [[Gamma]]\n| combatant1 = {{flag|France}}\n| combatant2 = {{flag|Germany}}\n}}\n"
                    + "The '''Battle of Alpha''' was fought near [[Gamma]] in 1944.\n"),
            Map.entry("Delta river", "The '''Delta''' is a river. The [[Battle of Alpha]] was fought on its banks.\n"),
            Map.entry("Siege of Beta", "The '''Siege of Beta''' lasted from 1 June to 9 July 1812.\n"
                    + "[[Category:Sieges involving Spain]]\n"),
            Map.entry("Epsilon", "'''Epsilon''' is a village. Its people speak of the [[Siege of Beta]].\n"));

    private Path dump() throws Exception {
        return MultistreamDump.write(dir, "sel", PAGES, 2);
    }

    private static Set<String> pageQuads(Path nq) throws Exception {
        String pages = Iris.defaults().pageGraph("x").getURI();
        String prefix = "<" + pages.substring(0, pages.length() - 1);
        return Files.readAllLines(nq).stream().filter(l -> l.substring(l.lastIndexOf(" <") + 1).startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> graphs(Set<String> quads) {
        return quads.stream().map(l -> l.substring(l.lastIndexOf(" <") + 2, l.lastIndexOf('>'))).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aDumpIsReadOnlyWhereTheMappingRulesCanApplyAndEqualsARunByTitle() throws Exception {
        Path dump = dump();
        Path selected = dir.resolve("selected.nq"), named = dir.resolve("named.nq");
        CliTest.Run r = CliTest.run("extract", "--format", "nq", "-o", selected.toString(), dump.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("3 not selected"), r.err());
        Path titles = Files.writeString(dir.resolve("titles.txt"), "Battle of Alpha\nSiege of Beta\n");
        CliTest.Run t = CliTest.run("extract", "--format", "nq", "--titles", titles.toString(), "-o", named.toString(), dump.toString());
        assertEquals(0, t.code(), t.err());
        Set<String> a = pageQuads(selected);
        assertFalse(a.isEmpty());
        assertEquals(Set.of(Iris.defaults().pageGraph("Battle of Alpha").getURI(), Iris.defaults().pageGraph("Siege of Beta").getURI()),
                graphs(a), "the infobox page and the category page, nothing else");
        assertEquals(pageQuads(named), a);
        String meta = Files.readString(selected);
        assertTrue(meta.contains("pagesNotSelected> \"3\"^^<http://www.w3.org/2001/XMLSchema#") || meta.contains("pagesNotSelected> \"3\""),
                "the run metadata counts the pages not selected");
        assertFalse(Files.readString(named).contains("pagesNotSelected> \""), "a run by title counts no loss");
    }

    /** A pass over a large dump takes long before any page is parsed: it shows every page it reads and how many it kept. */
    @Test
    void theSelectingPassShowsEachPageReadAndHowManyItKept() throws Exception {
        List<String> notes = new java.util.ArrayList<>();
        int[] pages = {0};
        Progress recorded = new Progress() {
            @Override public void page(long quads) { pages[0]++; }
            @Override public void note(String text) { notes.add(text); }
            @Override public void close() {}
        };
        SelectingScan.Result r = SelectingScan.run(List.of(dump()), null, p -> p.namespace() == 0,
                org.conflictkg.mapping.MappingRules.load(null), d -> {}, org.conflictkg.source.ReadLimits.NONE, p -> true, recorded);
        r.candidates().close();
        assertEquals(PAGES.size(), pages[0]);
        assertEquals(List.of("1 selected", "2 selected"), notes);

        Progress.Lines lines = new Progress.Lines("scan");
        for (int i = 0; i < 1200; i++) lines.page(0);
        lines.note("2 selected");
        assertTrue(lines.line(System.nanoTime()).startsWith("scan progress: 1,200 pages, 2 selected, "), lines.line(System.nanoTime()));
        Progress.Lines extract = new Progress.Lines("extract");
        extract.page(40);
        assertTrue(extract.line(System.nanoTime()).startsWith("extract progress: 1 pages, 40 quads, "), extract.line(System.nanoTime()));
    }

    @Test
    void selectAllReadsEveryPageAndAMappingAddedSelectsItsPages() throws Exception {
        Path dump = dump();
        Path all = dir.resolve("all.nq");
        CliTest.Run r = CliTest.run("extract", "--select", "all", "--format", "nq", "-o", all.toString(), dump.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("not selected"), r.err());
        assertTrue(r.err().contains("5 page(s)"), r.err());
        assertFalse(Files.readString(all).contains("pagesNotSelected> \""));

        // An ontology directory whose mapping.ttl also maps {{Infobox settlement}} selects the town too.
        Path onto = Files.createDirectory(dir.resolve("ontology"));
        for (Path f : Files.newDirectoryStream(Path.of("ontology"), "*.ttl")) Files.copy(f, onto.resolve(f.getFileName()));
        Files.writeString(onto.resolve("mapping.ttl"), Files.readString(onto.resolve("mapping.ttl"))
                + "\nmap:settlementForTest a map:InfoboxMapping ; map:template \"Infobox settlement\" ; map:emits ckg:ArmedConflict ; map:fieldRule [ map:field \"name\" ; map:reads map:Name ] .\n");
        Path more = dir.resolve("more.nq");
        CliTest.Run m = CliTest.run("extract", "--ontology-dir", onto.toString(), "--format", "nq", "-o", more.toString(), dump.toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(m.err().contains("2 not selected"), m.err());
        assertTrue(graphs(pageQuads(more)).contains(Iris.defaults().pageGraph("Gamma").getURI()));
    }

    @Test
    void bareFilesAreAllReadAndSelectMappedAppliesToThemOnRequest() throws Exception {
        Path river = Files.writeString(dir.resolve("Delta_river.wikitext"), PAGES.get(2).getValue());
        CliTest.Run r = CliTest.run("extract", "--format", "nq", "-o", dir.resolve("r.nq").toString(), river.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 page(s)"), r.err());
        CliTest.Run m = CliTest.run("extract", "--select", "mapped", "--format", "nq", "-o", dir.resolve("m.nq").toString(), river.toString());
        assertTrue(m.err().contains("1 not selected"), m.err());
    }
}
