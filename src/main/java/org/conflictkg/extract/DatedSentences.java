package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.text.DateMention;

/**
 * The sentences of a page in order with the date each one states, completed from context as a
 * reader completes it: a missing year comes from the last year the page (or the section's
 * heading) gave. Several extractors read the same dates, so a page's are read once: each thread
 * keeps those of the last page it asked about (a worker runs all extractors on one page in turn).
 */
public final class DatedSentences {
    /** A sentence with its date: null when it states none; it may still lack a year at the page's start. */
    public record Dated(Section section, Sentence sentence, DateMention date) {}

    interface Visitor {
        void visit(Section section, Sentence sentence, DateMention date);
    }

    private record Memo(WikiDocument doc, List<Dated> dated, Map<Sentence, List<DateMention>> mentions) {}

    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private DatedSentences() {}

    static void walk(WikiDocument doc, Visitor v) {
        for (Dated d : of(doc)) {
            org.conflictkg.diag.PageDeadline.check();
            v.visit(d.section(), d.sentence(), d.date());
        }
    }

    public static List<Dated> of(WikiDocument doc) { return memo(doc).dated(); }

    /** The date mentions of a sentence of {@code doc}, as written (no year completed). */
    public static List<DateMention> mentions(WikiDocument doc, Sentence sentence) {
        List<DateMention> m = memo(doc).mentions().get(sentence);
        return m != null ? m : DateMention.find(sentence.text());
    }

    private static Memo memo(WikiDocument doc) {
        Memo m = LAST.get();
        if (m == null || m.doc() != doc) {
            m = read(doc);
            LAST.set(m);
        }
        return m;
    }

    private static Memo read(WikiDocument doc) {
        List<Dated> out = new ArrayList<>();
        Map<Sentence, List<DateMention>> bySentence = new IdentityHashMap<>();
        Integer year = null;
        for (Section s : doc.sections()) {
            DateMention heading = DateMention.main(DateMention.find(s.heading()), 0, s.heading().length());
            if (heading != null && heading.year() != null) year = heading.year();
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences()) {
                    org.conflictkg.diag.PageDeadline.check();
                    String t = sen.text();
                    List<DateMention> found = DateMention.find(t);
                    bySentence.put(sen, found);
                    DateMention d = DateMention.main(found, 0, t.length());
                    // A year the sentence gives elsewhere ("in June, in August 2014") beats the context's.
                    Integer own = found.stream().map(DateMention::year).filter(java.util.Objects::nonNull)
                            .findFirst().orElse(year);
                    out.add(new Dated(s, sen, d == null ? null : d.withYear(own)));
                    for (DateMention m : found) if (m.year() != null) year = m.year();
                }
        }
        return new Memo(doc, List.copyOf(out), bySentence);
    }
}
