package org.conflictkg.extract;

import org.conflictkg.doc.Section;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;

/**
 * The theater each section of a page names ({@code own}) and the one it is in ({@code inherited}:
 * its own, else its parent's). Several extractors ask for every sentence's section, so a page's
 * are worked out once: each thread keeps those of the last page it asked about.
 */
record SectionTheaters(WikiDocument doc, String[] own, String[] inherited) {
    private static final ThreadLocal<SectionTheaters> LAST = new ThreadLocal<>();

    static SectionTheaters of(WikiDocument doc, MappingRules rules) {
        SectionTheaters t = LAST.get();
        if (t == null || t.doc() != doc) {
            t = read(doc, rules);
            LAST.set(t);
        }
        return t;
    }

    private static SectionTheaters read(WikiDocument doc, MappingRules rules) {
        int n = doc.sections().size();
        String[] own = new String[n], inherited = new String[n];
        boolean[] excluded = new boolean[n];
        PagePlaces places = null;
        for (Section s : doc.sections()) {
            int i = s.index();
            if (i == 0) continue;
            boolean parentExcluded = s.parent() > 0 && excluded[s.parent()];
            excluded[i] = parentExcluded || rules.excludesTheaters(s.heading());
            if (!excluded[i]) {
                var name = rules.theaterOfHeading(s.heading());
                if (name.isPresent()) {
                    if (places == null) places = new PagePlaces(doc, rules);
                    if (places.isPlace(name.get())) own[i] = name.get();
                }
            }
            inherited[i] = own[i] != null ? own[i] : excluded[i] || s.parent() <= 0 ? null : inherited[s.parent()];
        }
        return new SectionTheaters(doc, own, inherited);
    }
}
