package org.conflictkg.mapping;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * The quick test a selecting pass makes on every page of a dump: a mapped infobox called (also through
 * a module, as "template:", in any case, with underscores), a template named as a transcluded infobox
 * is, or a mapped category; links, other templates and links to a category are not enough.
 */
class MaySelectTest {
    private static final MappingRules RULES = MappingRules.load(null);

    @Test
    void aMappedInfoboxCallSelectsThePageHoweverItIsWritten() {
        assertTrue(RULES.maySelect("Text.\n{{Infobox military conflict\n| conflict = X\n}}"));
        assertTrue(RULES.maySelect("{{ template: infobox_military_conflict|conflict=X}}"));
        assertTrue(RULES.maySelect("{{#invoke:Infobox military conflict|main}}"));
    }

    @Test
    void aTemplateNamedAsATranscludedInfoboxSelectsThePage() {
        assertTrue(RULES.maySelect("Lead.\n{{Syrian civil war infobox}}\nMore."));
        assertFalse(RULES.maySelect("Lead.\n{{Infobox settlement|name=Gamma}}\n{{cite web|title=Syrian civil war}}"));
    }

    @Test
    void aMappedCategorySelectsThePageButALinkToOneDoesNot() {
        assertTrue(RULES.maySelect("Text [[France]].\n[[ Category:Battles involving France]]"));
        assertTrue(RULES.maySelect("[[_category:Sieges of the Middle Ages|Beta]]"));
        assertFalse(RULES.maySelect("See [[:Category:Battles involving France]] and [[Cats of France]]."));
        assertFalse(RULES.maySelect("[[Category:Towns in France]] [[Categoryless]] [[Campaigns of 1812]]"));
    }

    @Test
    void anOpeningAtTheEndOfTheTextIsNoMatchAndNoError() {
        assertFalse(RULES.maySelect("A page that ends in [["));
        assertFalse(RULES.maySelect("A page that ends in {{"));
        assertFalse(RULES.maySelect("[[   "));
    }
}
