package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.conflictkg.Fixtures;
import org.conflictkg.countries.Countries;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.coalition.GroupingExtractor;
import org.conflictkg.mapping.MappingRules;
import org.junit.jupiter.api.Test;

/**
 * False positives found on real pages: a typing, a role or a claimant from weak evidence. Each
 * snippet is the shape of the sentence that misled the rules; each assertion is what a reader sees.
 */
class WeakEvidenceTest {
    static final MappingRules RULES = MappingRules.load(null);
    static final CountryRecognizer COUNTRIES = new CountryRecognizer(Countries.bundled());

    private static List<Fact> run(Extractor x, String title, String wikitext) {
        return x.extract(Fixtures.doc(title, wikitext), d -> {});
    }

    @Test
    void operationTheatreIsAHospitalRoom() {
        String page = "Lead.\n== Hospital ==\nThe wounded soldiers were carried into the Operation Theatre of the [[Royal Hospital]].\n"
                + "[[Category:Battles involving France]]\n";
        assertEquals(List.of(), run(new OperationExtractor(RULES, COUNTRIES), "Battle of Example", page));
    }

    @Test
    void politicalCampaignsAreNoMilitaryCampaigns() {
        String page = """
                The war dominated [[Barack Obama 2008 presidential campaign|his campaign]], and [[Campaign finance reform]] stalled.
                The [[Raqqa campaign (2016–2017)|Raqqa campaign]] was fought by the SDF.
                [[Category:Wars involving the United States]]
                """;
        List<String> typed = run(new TitledEntityExtractor(RULES), "War in Example", page).stream()
                .map(f -> ((TitledEntity) f).title()).toList();
        assertEquals(List.of("Raqqa campaign (2016–2017)"), typed);
    }

    @Test
    void aCampaignInAPageAboutNoWarNeedsWordsOfWarInItsSentence() {
        String quiet = "The [[Gallipoli campaign]] is taught in schools.\n";
        String fought = "The [[Gallipoli campaign]] was fought by Australian troops.\n";
        assertEquals(0, run(new TitledEntityExtractor(RULES), "Education", quiet).size());
        assertEquals(1, run(new TitledEntityExtractor(RULES), "Education", fought).size());
    }

    @Test
    void investorsFromThreeCountriesFormNoCoalition() {
        String page = "== Economy ==\nIn 2019, investors from [[Norway]], [[Japan]], and [[Australia]] joined the port project.\n";
        assertEquals(List.of(), run(new GroupingExtractor(RULES, COUNTRIES), "Example", page));
    }

    @Test
    void aLeaderComesFromALinksTargetNotItsDisplayText() {
        String page = "Lead.\n== Deployments ==\nBritish troops served in [[Operation Telic|Iraq]] and then in [[Operation Herrick]].\n"
                + "[[Category:Wars involving the United Kingdom]]\n";
        List<OperationFact> ops = run(new OperationExtractor(RULES, COUNTRIES), "War in Example", page).stream()
                .map(OperationFact.class::cast).toList();
        assertEquals(2, ops.size());
        for (OperationFact o : ops)
            assertEquals("GBR", o.leader() == null ? null : o.leader().iso3(), o.title() + ": led by the British, not by Iraq");
    }

    @Test
    void noLeaderAcrossAClauseThatNamesAnotherActor() {
        String page = "Lead.\n== 1938 ==\nGermany annexed [[Anschluss|Austria]]; [[Heinrich Himmler]]'s police then began [[Operation Himmler]].\n"
                + "[[Category:Wars involving Germany]]\n";
        List<OperationFact> ops = run(new OperationExtractor(RULES, COUNTRIES), "War in Example", page).stream()
                .map(OperationFact.class::cast).toList();
        assertEquals(1, ops.size());
        assertNull(ops.get(0).leader(), "neither Austria (a display text) nor Germany (across Himmler's clause)");
    }

    @Test
    void aClaimantIsWhoSpokeNotWhereTheyWere() {
        assertEquals("American commanders", claimant(
                "American commanders in Afghanistan said they believed that between 90 and 100 ISIL militants had been killed."));
        assertEquals("Stars and Stripes", claimant(
                "Stars and Stripes reported that 94 militants, including 4 commanders were killed."));
    }

    private static String claimant(String sentence) {
        return run(new CasualtyExtractor(MappingRules.load(null)), "Example", sentence + "\n").stream()
                .map(CasualtyFact.class::cast).findFirst().orElseThrow().claimant();
    }

    @Test
    void anyGroupOfPeopleCanBeCounted() {
        List<CasualtyFact> c = run(new CasualtyExtractor(MappingRules.load(null)), "Example", "By 2016, over 8,500 Islamist militants had been killed.\n")
                .stream().map(CasualtyFact.class::cast).toList();
        assertEquals(1, c.size());
        assertEquals("Islamist militants", c.get(0).group());
        assertEquals(8500L, c.get(0).figure());
    }

    @Test
    void aRenamedCasualtiesSectionIsNoTheater() {
        String article = Fixtures.article().replace("==Casualties==", "==Deaths==");
        assertNotEquals(Fixtures.article(), article, "the bundled article has a Casualties section to rename");
        WikiDocument d = Fixtures.doc("International military intervention against the Islamic State", article);
        List<String> theaters = new TheaterExtractor(RULES).extract(d, x -> {}).stream().map(f -> ((TheaterFact) f).name()).toList();
        assertFalse(theaters.contains("Deaths"), theaters.toString());
        assertTrue(theaters.contains("Iraq"));
    }

    @Test
    void theCaptionBattlesOfTheBundledArticleAreBattles() {
        var store = Fixtures.store("International military intervention against the Islamic State", Fixtures.article());
        List<String> battles = Fixtures.query(store, "battles", Map.of()).stream().map(r -> r.get(0)).toList();
        for (String b : List.of("Battle of Mosul (2016–17)", "Battle of Raqqa (2017)", "Eastern Homs offensive (2017)"))
            assertTrue(battles.contains(b), b + " is named only in a caption: " + battles);
    }
}
