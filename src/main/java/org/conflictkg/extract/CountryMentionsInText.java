package org.conflictkg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.countries.Countries;
import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.countries.Demonyms;
import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Sentence;

/** The countries a text names: its country links, and the names and demonyms it uses ("American and Afghan forces"). */
final class CountryMentionsInText {
    private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}]*)?");

    private CountryMentionsInText() {}

    static List<Country> all(Sentence s, CountryRecognizer countries) {
        Set<Country> out = new LinkedHashSet<>();
        for (Link l : s.content().links()) countries.ofLink(l).ifPresent(out::add);
        Matcher m = WORD.matcher(s.text());
        while (m.find()) Demonyms.bundled().country(m.group(), Countries.bundled()).ifPresent(out::add);
        return List.copyOf(out);
    }

    /**
     * The country a text names first: by a link to it, or by a capitalised word or pair that is its
     * name or demonym ("{{flagicon|France}} [[French Armed Forces]]" names France by its link).
     */
    static Optional<Country> first(InlineText text, CountryRecognizer countries) {
        int best = Integer.MAX_VALUE;
        Country found = null;
        for (Link l : text.links()) {
            Optional<Country> c = countries.ofLink(l);
            if (c.isPresent() && l.start() < best) { best = l.start(); found = c.get(); }
        }
        Countries known = countries.countries();
        Matcher m = WORD.matcher(text.text());
        while (m.find() && m.start() < best) {
            String word = m.group();
            Optional<Country> c = known.find(word)
                    .or(() -> Demonyms.bundled().country(word, known))
                    .or(() -> Demonyms.bundled().country(word.split("\\s+")[0], known));
            if (c.isPresent()) { best = m.start(); found = c.get(); }
        }
        return Optional.ofNullable(found);
    }
}
