package org.conflictkg.hostile;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.conflictkg.mapping.MappingRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the extractors and of {@code mapping.ttl} runs in time linear in its
 * input: each is run over adversarial texts of 10 KB and 1 MB (long runs of capitalised words, of
 * lower-case words, of numbers, of one letter, of spaces, and the phrases the rules look for with
 * their ends never coming), every match found, and must finish the 1 MB text within a bound and
 * without a stack overflow.
 */
@Tag("hostile")
class LinearRulesTest {
    /** Whole runs over 1 MB: a linear pattern scans a megabyte in well under this. */
    static final long BOUND_MS = 3000;

    static List<String> adversarial(int size) {
        List<String> out = new ArrayList<>();
        for (String unit : List.of("Word ", "word ", "1,000 ", "a", " ", "Al-Qaeda ", "killed 45 ", "in the Big ", "named the ",
                "the Big coalition ", "France, Italy and ", "[[Link]] ", "(", "January 2015 ", "according to the ", "'s "))
            out.add(unit.repeat(size / unit.length() + 1).substring(0, size));
        return out;
    }

    /** The patterns held in static fields of the project's classes, and those the mapping rules compile. */
    static Map<String, Pattern> patterns() throws IOException, URISyntaxException, IllegalAccessException {
        Map<String, Pattern> out = new LinkedHashMap<>();
        Path classes = Path.of(MappingRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> s = Files.walk(classes)) {
            names = s.map(p -> classes.relativize(p).toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - 6).replace('/', '.')).toList();
        }
        for (String name : names) {
            Class<?> c;
            try {
                c = Class.forName(name, true, LinearRulesTest.class.getClassLoader());
            } catch (Throwable e) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                Object v;
                try {
                    f.setAccessible(true);
                    v = f.get(null);
                } catch (RuntimeException | IllegalAccessException e) {
                    continue;
                }
                if (v instanceof Pattern p) out.put(name + "." + f.getName(), p);
                else if (v instanceof org.conflictkg.text.MatchStarts m) out.put(name + "." + f.getName(), m.pattern());
            }
        }
        MappingRules rules = MappingRules.load(null);
        for (Field f : MappingRules.class.getDeclaredFields()) collect("mapping." + f.getName(), f, rules, out, 0);
        return out;
    }

    /** Patterns inside the mapping rules' fields, their lists and records. */
    private static void collect(String name, Field f, Object owner, Map<String, Pattern> out, int depth) throws IllegalAccessException {
        if (depth > 3 || Modifier.isStatic(f.getModifiers())) return;
        f.setAccessible(true);
        collectValue(name, f.get(owner), out, depth);
    }

    private static void collectValue(String name, Object v, Map<String, Pattern> out, int depth) throws IllegalAccessException {
        if (v instanceof Pattern p) { out.put(name, p); return; }
        if (v instanceof org.conflictkg.text.MatchStarts m) { out.put(name, m.pattern()); return; }
        if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) collectValue(name + "[" + i + "]", l.get(i), out, depth + 1);
            return;
        }
        if (v != null && (v.getClass().isRecord() || v.getClass().getName().startsWith("org.conflictkg.mapping")))
            for (Field g : v.getClass().getDeclaredFields()) collect(name + "." + g.getName(), g, v, out, depth + 1);
    }

    @Test
    void everyRuleScansAMegabyteOfAdversarialTextInLinearTime() throws Exception {
        Map<String, Pattern> all = patterns();
        assertTrue(all.size() > 60, "found " + all.size() + " patterns");
        List<String> small = adversarial(10_000), big = adversarial(1_000_000);
        // The patterns on every core: each run is timed alone, and the bounds leave room for a busy machine.
        List<String> slow = all.entrySet().parallelStream().map(e -> {
            for (int i = 0; i < big.size(); i++) {
                String verdict = time(e.getValue(), small.get(i), BOUND_MS / 10);
                if (verdict == null) verdict = time(e.getValue(), big.get(i), BOUND_MS);
                if (verdict != null) return e.getKey() + " on '" + big.get(i).substring(0, 12) + "...': " + verdict;
            }
            return null;
        }).filter(java.util.Objects::nonNull).sorted().toList();
        assertEquals(List.of(), slow, String.join("\n", slow));
    }

    /** Null when every match of the pattern in the text is found within the bound; else why not. */
    static String time(Pattern p, String text, long boundMs) {
        long deadline = System.nanoTime() + boundMs * 1_000_000;
        CharSequence guarded = new DeadlineText(text, deadline, boundMs);
        long t0 = System.nanoTime();
        try {
            Matcher m = p.matcher(guarded);
            while (m.find()) if (m.end() == m.start() && m.end() >= text.length()) break;
            return null;
        } catch (StackOverflowError e) {
            return "stack overflow after " + (System.nanoTime() - t0) / 1_000_000 + " ms";
        } catch (IllegalStateException e) {
            return e.getMessage() + " (" + text.length() + " chars)";
        }
    }

    /** A text that stops a matcher reading it past a deadline: a runaway pattern reads characters all the time. */
    private record DeadlineText(String text, long deadline, long boundMs) implements CharSequence {
        @Override public char charAt(int index) {
            if ((index & 1023) == 0 && System.nanoTime() > deadline) throw new IllegalStateException("over " + boundMs + " ms");
            return text.charAt(index);
        }

        @Override public int length() { return text.length(); }
        @Override public CharSequence subSequence(int start, int end) { return new DeadlineText(text.substring(start, end), deadline, boundMs); }
        @Override public String toString() { return text; }
    }
}
