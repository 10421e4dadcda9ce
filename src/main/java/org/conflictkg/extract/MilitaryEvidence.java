package org.conflictkg.extract;

import org.conflictkg.doc.Category;
import org.conflictkg.doc.Infobox;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.CategoryRule;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.mapping.TitleRule;

/**
 * Whether a title typed by a weak rule ("... campaign", "Operation ...") names a military thing
 * here: never when it matches {@code map:NotMilitary} ("presidential campaign", "Operation
 * Theatre"); otherwise when the page is about war (a mapped infobox, a military category) or the
 * sentence that names it has words of war. A page is about war when its title has such words, it
 * has a mapped infobox or it is in a military category.
 */
public final class MilitaryEvidence {
    private final MappingRules rules;
    private final boolean militaryPage;

    public MilitaryEvidence(WikiDocument doc, MappingRules rules) {
        this.rules = rules;
        this.militaryPage = isMilitaryPage(doc, rules);
    }

    /** True when the rule's class applies to the title in this sentence (null for a heading's {{Main}}). */
    public boolean applies(TitleRule rule, String title, String sentence) {
        if (!rule.needsEvidence()) return true;
        if (rules.isNotMilitary(title)) return false;
        return militaryPage || sentence != null && rules.hasMilitaryWords(sentence);
    }

    static boolean isMilitaryPage(WikiDocument doc, MappingRules rules) {
        if (rules.hasMilitaryWords(doc.page().title())) return true; // "War in the Sahel"
        for (Infobox b : doc.infoboxes()) if (b.section() == 0 && rules.infoboxMapping(b.name()).isPresent()) return true;
        for (Category c : doc.categories())
            for (CategoryRule r : rules.categoryRules()) if (r.military() && r.read(c.name()) != null) return true;
        return false;
    }
}
