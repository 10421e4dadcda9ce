package org.conflictkg.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.conflictkg.text.Spaces;

/**
 * The reference table of countries: ISO 3166-1 codes, names, Wikipedia titles, Wikidata ids and
 * aliases. Knowledge data, looked up by any name or title a page may use ("U.S", "Republic of
 * Ireland", "Macedonia", "Georgia (country)").
 */
public final class Countries {
    private static final java.util.regex.Pattern DOTTED_END = java.util.regex.Pattern.compile("\\b\\p{L}\\.\\p{L}\\.$");
    private static final Countries BUNDLED = load("/knowledge/countries.tsv");

    private final Map<String, Country> byKey;
    private final Map<String, Country> byIso3;

    private Countries(Map<String, Country> byKey, Map<String, Country> byIso3) {
        this.byKey = byKey;
        this.byIso3 = byIso3;
    }

    public static Countries bundled() { return BUNDLED; }

    static Countries load(String resource) {
        try (InputStream in = Countries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Map<String, Country> byKey = new HashMap<>(), byIso3 = new HashMap<>();
            List<Country> all = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", -1);
                Country c = new Country(f[0], f[1], f[2], f[3], f[4], f[5].isEmpty() ? List.of() : List.of(f[5].split("\\|")));
                all.add(c);
                byIso3.put(c.iso3(), c);
            }
            // Names and titles first, so that an alias never shadows another country's own name.
            for (Country c : all) { byKey.putIfAbsent(key(c.name()), c); byKey.putIfAbsent(key(c.wikipedia()), c); }
            for (Country c : all) for (String a : c.aliases()) byKey.putIfAbsent(key(a), c);
            return new Countries(Map.copyOf(byKey), Map.copyOf(byIso3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The country a name, alias or Wikipedia title stands for. */
    public Optional<Country> find(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        return Optional.ofNullable(byKey.get(key(name)));
    }

    public Optional<Country> byIso3(String iso3) { return Optional.ofNullable(byIso3.get(iso3)); }

    /** Case, accents, underscores, a leading "the" and a trailing period do not matter. */
    static String key(String name) {
        String n = name.chars().allMatch(c -> c < 128) ? name // most names need no accent stripping
                : Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = Spaces.collapse(n.replace('_', ' ').replace('’', '\'').trim()).toLowerCase(Locale.ROOT);
        if (n.startsWith("the ")) n = n.substring(4);
        if (n.endsWith(".") && !DOTTED_END.matcher(n).find()) n = n.substring(0, n.length() - 1);
        return n;
    }
}
