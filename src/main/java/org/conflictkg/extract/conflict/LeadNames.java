package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Span;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.conflict.ConflictFacts.Dates;
import org.conflictkg.extract.Provenance;
import org.conflictkg.text.DateRange;

/**
 * What the first paragraph of a page's lead says of its subject, as Wikipedia writes it: the names
 * in bold are the subject's names ("The '''Gulf War''' was ..."), and a date range in parentheses
 * right after the first of them is its span ("The '''Gulf War''' (2 August 1990 – 28 February
 * 1991)"). A bold word inside parentheses is an abbreviation of something the sentence names, not
 * a name of the subject, and is left out.
 */
final class LeadNames {
    private LeadNames() {}

    /** The first paragraph of the lead that is running text, or null. */
    static Paragraph first(WikiDocument doc) {
        if (doc.sections().isEmpty()) return null;
        for (Paragraph p : doc.section(0).paragraphs())
            if (!p.caption() && !p.listItem() && !p.content().text().isBlank()) return p;
        return null;
    }

    /** The bold names of the first paragraph, without repeats and without the subject's own name. */
    static List<String> aliases(WikiDocument doc, String... names) {
        Paragraph p = first(doc);
        if (p == null) return List.of();
        String text = p.content().text();
        List<String> out = new ArrayList<>();
        for (Span b : p.content().bold()) {
            if (ItemParts.insideParentheses(text, b.start())) continue;
            String alias = text.substring(b.start(), Math.min(b.end(), text.length())).strip();
            if (alias.length() < 2 || alias.length() > 200) continue;
            boolean known = out.stream().anyMatch(a -> a.equalsIgnoreCase(alias));
            for (String n : names) known |= n != null && n.equalsIgnoreCase(alias);
            if (!known) out.add(alias);
        }
        return List.copyOf(out);
    }

    /** The span in parentheses right after the first bold name, when it reads as dates. */
    static Dates dates(WikiDocument doc, String title) {
        Paragraph p = first(doc);
        if (p == null || p.content().bold().isEmpty()) return null;
        String text = p.content().text();
        int at = p.content().bold().get(0).end();
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\'')) at++;
        if (at >= text.length() || text.charAt(at) != '(') return null;
        int close = text.indexOf(')', at);
        if (close < 0 || close - at > 120) return null;
        String inside = text.substring(at + 1, close);
        // "(Arabic: ...)", "(also known as ...)": not a span of time
        if (!inside.matches("(?s).*\\d.*") || inside.toLowerCase(Locale.ROOT).matches("(?s).*\\b(born|died|also|arabic|french|german|persian|russian)\\b.*"))
            return null;
        DateRange r = DateRange.parse(inside);
        if (r == null || r.start() == null) return null;
        int sentence = p.sentences().isEmpty() ? -1 : p.sentences().get(0).index();
        return new Dates(title, r.start(), r.end(), inside.strip(), "", new Provenance(0, sentence, p.line(), List.of()));
    }
}
