package org.conflictkg.extract;

import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.text.DateMention;

/**
 * Walks the sentences of a page in order with the date each one states, completed from context
 * as a reader completes it: a missing year comes from the last year the page (or the section's
 * heading) gave.
 */
final class DatedSentences {
    interface Visitor {
        /** {@code date} is null when the sentence states none; it may still lack a year at the page's start. */
        void visit(Section section, Sentence sentence, DateMention date);
    }

    private DatedSentences() {}

    static void walk(WikiDocument doc, Visitor v) {
        Integer year = null;
        for (Section s : doc.sections()) {
            DateMention heading = DateMention.main(s.heading(), 0, s.heading().length());
            if (heading != null && heading.year() != null) year = heading.year();
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences()) {
                    String t = sen.text();
                    DateMention d = DateMention.main(t, 0, t.length());
                    // A year the sentence gives elsewhere ("in June, in August 2014") beats the context's.
                    Integer own = DateMention.find(t).stream().map(DateMention::year).filter(java.util.Objects::nonNull)
                            .findFirst().orElse(year);
                    v.visit(s, sen, d == null ? null : d.withYear(own));
                    for (DateMention m : DateMention.find(t)) if (m.year() != null) year = m.year();
                }
        }
    }
}
