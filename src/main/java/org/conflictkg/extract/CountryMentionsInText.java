package org.conflictkg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.countries.Countries;
import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.countries.Demonyms;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Sentence;

/** The countries a sentence names: its country links and the demonyms it uses ("American and Afghan forces"). */
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
}
