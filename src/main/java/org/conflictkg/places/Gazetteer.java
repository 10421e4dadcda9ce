package org.conflictkg.places;

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
 * Which names are places, and where they are: first-level regions and towns of the world from
 * GeoNames ({@code knowledge/gazetteer.tsv}, CC BY 4.0, rebuilt by {@code src/build/gazetteer/build.sh}),
 * and a point for each country ({@code knowledge/country-points.tsv}). Knowledge data, looked up by
 * name; case and accents do not matter.
 */
public final class Gazetteer {
    private static volatile Gazetteer bundled;

    private final Map<String, List<Place>> byName;
    private final Map<String, double[]> countryPoints;

    private Gazetteer(Map<String, List<Place>> byName, Map<String, double[]> countryPoints) {
        this.byName = byName;
        this.countryPoints = countryPoints;
    }

    /** The bundled gazetteer, read on first use (about 30,000 places). */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) bundled = new Gazetteer(places("/knowledge/gazetteer.tsv"), points("/knowledge/country-points.tsv"));
                g = bundled;
            }
        }
        return g;
    }

    /** Every place of that name, regions first, then towns by population. */
    public List<Place> find(String name) {
        if (name == null || name.isBlank()) return List.of();
        return byName.getOrDefault(key(name), List.of());
    }

    /** A first-level region of that name. */
    public Optional<Place> region(String name) {
        return find(name).stream().filter(p -> p.kind() == Place.Kind.REGION).findFirst();
    }

    /** The region, else the most populous town, of that name. */
    public Optional<Place> best(String name) {
        List<Place> all = find(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The point of a country by its ISO 3166-1 alpha-3 code: {lat, lon}, or empty. */
    public Optional<double[]> countryPoint(String iso3) {
        return Optional.ofNullable(countryPoints.get(iso3));
    }

    static String key(String name) {
        String n = name.chars().allMatch(c -> c < 128) ? name
                : Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return Spaces.collapse(n.replace('_', ' ').replace('’', '\'')).toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<Place>> places(String resource) {
        Map<String, List<Place>> out = new HashMap<>();
        for (String[] f : rows(resource, 6)) {
            Place p = new Place(f[0], f[1].equals("region") ? Place.Kind.REGION : Place.Kind.CITY, f[2], number(f[3]), number(f[4]),
                    f[5].isEmpty() ? 0 : Long.parseLong(f[5]));
            out.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
        }
        for (List<Place> l : out.values())
            l.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : Long.compare(b.population(), a.population()));
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static Map<String, double[]> points(String resource) {
        Map<String, double[]> out = new HashMap<>();
        for (String[] f : rows(resource, 3)) out.put(f[0], new double[] {number(f[1]), number(f[2])});
        return Map.copyOf(out);
    }

    private static double number(String s) { return s.isEmpty() ? Double.NaN : Double.parseDouble(s); }

    /** The data rows of a bundled TSV file: comments and the header line left out. */
    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String[]> out = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", -1);
                if (f.length >= columns) out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
