package org.conflictkg.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Demonyms and country adjectives ("Australian", "U.S.") from {@code knowledge/demonyms.tsv}. */
public final class Demonyms {
    private static final Demonyms BUNDLED = load("/knowledge/demonyms.tsv");
    private static final java.util.regex.Pattern LED = java.util.regex.Pattern.compile("(?<![\\p{L}.])([\\p{L}.]{1,40})-led\\b");
    private final Map<String, String> iso3;

    private Demonyms(Map<String, String> iso3) { this.iso3 = iso3; }

    public static Demonyms bundled() { return BUNDLED; }

    static Demonyms load(String resource) {
        try (InputStream in = Demonyms.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Map<String, String> m = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                m.put(f[0].trim(), f[1].trim());
            }
            return new Demonyms(Map.copyOf(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The country of a demonym (exact, case-sensitive: "Turkish", not "turkish"), or of a country name. */
    public Optional<Country> country(String word, Countries countries) {
        String w = word.trim();
        String code = iso3.get(w);
        if (code == null && w.endsWith(".")) code = iso3.get(w.substring(0, w.length() - 1));
        if (code != null) return countries.byIso3(code);
        return Optional.empty();
    }

    /** The country a heading is led by or about: "Australian airstrikes", "U.S. ground forces", "France-led coalition". */
    public Optional<Country> ofHeading(String heading, Countries countries) {
        java.util.regex.Matcher led = LED.matcher(heading);
        if (led.find()) {
            Optional<Country> c = countries.find(led.group(1));
            if (c.isPresent()) return c;
            c = country(led.group(1), countries);
            if (c.isPresent()) return c;
        }
        String first = heading.trim().split("\\s+")[0];
        Optional<Country> c = country(first, countries);
        return c.isPresent() ? c : Optional.empty();
    }
}
