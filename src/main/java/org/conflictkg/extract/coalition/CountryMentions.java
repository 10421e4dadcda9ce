package org.conflictkg.extract.coalition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.countries.Country;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.Link;

/**
 * Countries named in a stretch of a sentence: wikilinks that point at countries, and list items
 * that are country names without a link ("Iraq," and "Saudi Arabia," among linked names).
 */
final class CountryMentions {
    private static final Pattern ITEM = Pattern.compile("[^,;:()]+");
    // From the first space of a run only, each run read once: linear in the text, whatever its spaces.
    private static final Pattern AND_OR = Pattern.compile("(?<!\\s)\\s++(?:and|or)\\s++");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i)(and|furthermore|also)\\s+");

    private CountryMentions() {}

    static List<Country> in(InlineText s, int from, int to, CountryRecognizer countries) {
        Set<Country> out = new LinkedHashSet<>();
        List<int[]> hits = new ArrayList<>();
        for (Link l : s.links()) {
            if (l.start() < from || l.end() > to) continue;
            countries.ofLink(l).ifPresent(c -> hits.add(new int[]{l.start(), index(out, c)}));
        }
        String text = s.text().substring(from, to);
        Matcher m = ITEM.matcher(text);
        while (m.find())
            for (String part : AND_OR.split(m.group())) {
                String item = LEADING_CONJUNCTION.matcher(part.trim()).replaceFirst("").trim();
                int at = from + m.start() + m.group().indexOf(part.trim());
                countries.countries().find(item).ifPresent(c -> hits.add(new int[]{at, index(out, c)}));
            }
        // Keep the text's order, each country once.
        List<Country> all = new ArrayList<>(out);
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        Set<Country> ordered = new LinkedHashSet<>();
        for (int[] h : hits) ordered.add(all.get(h[1]));
        return new ArrayList<>(ordered);
    }

    private static int index(Set<Country> set, Country c) {
        set.add(c);
        int i = 0;
        for (Country x : set) { if (x.equals(c)) return i; i++; }
        return -1;
    }
}
