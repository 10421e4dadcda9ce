package org.conflictkg.bench;

import java.util.List;
import java.util.Random;

/**
 * Articles that are not about conflicts, for measuring how fast a run passes over what it does not
 * parse: city and country articles in the shape Wikipedia gives them (an infobox, a lead, sections of
 * prose with links and citations, a climate table, categories), written from word lists here, seeded,
 * so that every run builds the same pages. About 35 KB of wikitext each, as a mid-sized city's is.
 */
public final class OtherPages {
    private static final List<String> PLACES = List.of("Arlenburg", "Vesmara", "Doloria", "Kettering Vale", "Saint Oren",
            "Morvania", "Lakeshire", "Tarsel", "Quenby", "Ostrava Nova", "Belcourt", "Haldane", "Rivenmoor", "Calvira", "Eastmere",
            "Norhaven", "Pellworth", "Sundal", "Varenne", "Zelmora");
    private static final List<String> COUNTRIES = List.of("Estria", "Valdonia", "Marenland", "Corvessa", "Ilyria Minor",
            "Northmark", "Saravia", "Tolmenia");
    private static final List<String> TOPICS = List.of("History", "Geography", "Climate", "Demographics", "Economy", "Culture",
            "Education", "Transport", "Sport", "Architecture", "Government", "Notable people");
    private static final List<String> NOUNS = List.of("market", "river", "harbour", "cathedral", "university", "railway",
            "bridge", "council", "festival", "district", "museum", "library", "industry", "port", "square", "theatre", "park",
            "population", "trade", "school", "hospital", "airport", "valley", "hill", "canal", "mill", "guild", "charter");
    private static final List<String> VERBS = List.of("grew", "opened", "expanded", "was rebuilt", "declined", "prospered",
            "was founded", "became known", "was extended", "was restored", "attracted visitors", "was renamed");
    private static final List<String> ADJECTIVES = List.of("old", "new", "northern", "southern", "central", "coastal",
            "historic", "busy", "small", "large", "medieval", "modern", "regional", "municipal");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private OtherPages() {}

    /** The title and wikitext of the {@code n}th page: cities, with a country every eighth. */
    public static java.util.Map.Entry<String, String> page(int n) {
        Random r = new Random(n * 7919L + 13);
        boolean country = n % 8 == 0;
        String name = country ? COUNTRIES.get(n / 8 % COUNTRIES.size()) + (n >= 64 ? " " + (n / 64 + 1) : "")
                : PLACES.get(n % PLACES.size()) + (n >= PLACES.size() ? " " + (n / PLACES.size() + 1) : "");
        String where = COUNTRIES.get(r.nextInt(COUNTRIES.size()));
        StringBuilder s = new StringBuilder();
        s.append(country ? "{{Infobox country\n| conventional_long_name = Republic of " + name : "{{Infobox settlement\n| name = " + name)
                .append("\n| image_skyline = ").append(name.replace(' ', '_')).append("_view.jpg\n| population_total = ")
                .append(10_000 + r.nextInt(2_000_000)).append("\n| area_total_km2 = ").append(50 + r.nextInt(5_000))
                .append("\n| coordinates = {{coord|").append(r.nextInt(60)).append('|').append(r.nextInt(60)).append("|N|")
                .append(r.nextInt(120)).append('|').append(r.nextInt(60)).append("|E|display=inline,title}}\n| website = https://")
                .append(name.toLowerCase().replace(' ', '-')).append(".example.org\n}}\n");
        s.append("'''").append(name).append("''' is ").append(country ? "a country in [[Eastern Europe]]" : "a city in [[" + where + "]]")
                .append(". ").append(sentence(r, name)).append(' ').append(sentence(r, name)).append(ref(r)).append("\n\n");
        int sections = 8 + r.nextInt(4);
        for (int k = 0; k < sections; k++) {
            String topic = TOPICS.get((k + n) % TOPICS.size());
            s.append("== ").append(topic).append(" ==\n");
            if (topic.equals("Climate")) s.append(climate(r, name));
            int paragraphs = 3 + r.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                int sentences = 4 + r.nextInt(4);
                for (int i = 0; i < sentences; i++) {
                    s.append(sentence(r, name));
                    if (r.nextInt(3) == 0) s.append(ref(r));
                    s.append(' ');
                }
                s.append("\n\n");
            }
        }
        s.append("== See also ==\n* [[List of cities in ").append(where).append("]]\n* [[Transport in ").append(where).append("]]\n\n")
                .append("== References ==\n{{Reflist}}\n\n== External links ==\n* [https://").append(name.toLowerCase().replace(' ', '-'))
                .append(".example.org Official website]\n\n");
        s.append(country ? "[[Category:Countries in Europe]]\n[[Category:Member states of the Council of Europe]]\n"
                : "[[Category:Cities in " + where + "]]\n[[Category:Populated places established in " + (1100 + r.nextInt(800)) + "]]\n");
        return java.util.Map.entry(name, s.toString());
    }

    private static String sentence(Random r, String name) {
        String noun = NOUNS.get(r.nextInt(NOUNS.size()));
        return switch (r.nextInt(4)) {
            case 0 -> "In " + (1500 + r.nextInt(520)) + ", the " + ADJECTIVES.get(r.nextInt(ADJECTIVES.size())) + " [[" + noun + "]] of "
                    + name + " " + VERBS.get(r.nextInt(VERBS.size())) + ".";
            case 1 -> "The " + noun + " " + VERBS.get(r.nextInt(VERBS.size())) + " after the " + ADJECTIVES.get(r.nextInt(ADJECTIVES.size()))
                    + " " + NOUNS.get(r.nextInt(NOUNS.size())) + " was completed in " + MONTHS.get(r.nextInt(12)) + " "
                    + (1800 + r.nextInt(220)) + ".";
            case 2 -> "About " + (1 + r.nextInt(90)) + " per cent of the residents work in the " + noun + " or the "
                    + NOUNS.get(r.nextInt(NOUNS.size())) + ", according to the [[" + name + " City Council|council]].";
            default -> "''The " + ADJECTIVES.get(r.nextInt(ADJECTIVES.size())) + " " + noun + "'' stands near the "
                    + NOUNS.get(r.nextInt(NOUNS.size())) + " and is one of the best known sights of the region.";
        };
    }

    private static String ref(Random r) {
        return "<ref>{{cite web |url=https://www.example.org/archive/" + r.nextInt(1_000_000) + " |title=Annual report "
                + (1990 + r.nextInt(35)) + " |publisher=Statistical Office |access-date=" + (1 + r.nextInt(28)) + " "
                + MONTHS.get(r.nextInt(12)) + " " + (2010 + r.nextInt(15)) + "}}</ref>";
    }

    private static String climate(Random r, String name) {
        StringBuilder t = new StringBuilder("{| class=\"wikitable\"\n|+ Climate data for ").append(name).append("\n! Month");
        for (String m : MONTHS) t.append(" !! ").append(m, 0, 3);
        t.append("\n|-\n! Mean high °C");
        for (int i = 0; i < 12; i++) t.append(" || ").append(-5 + r.nextInt(35));
        t.append("\n|-\n! Precipitation mm");
        for (int i = 0; i < 12; i++) t.append(" || ").append(10 + r.nextInt(120));
        return t.append("\n|}\n\n").toString();
    }
}
