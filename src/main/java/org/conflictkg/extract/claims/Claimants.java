package org.conflictkg.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.mapping.MappingRules;
import org.conflictkg.text.MatchStarts;

/**
 * Who makes the claims of a sentence, by the attribution rules of {@code mapping.ttl}
 * ({@code map:Attribution}: "X said", "according to X", "X's claim", "a senior official told"): a
 * claim takes the nearest attribution before its figure, else the first after it.
 */
final class Claimants {
    /** An attribution found in a sentence, from where it starts to the end of its verb. */
    record Found(int start, int end, String who) {}

    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)(the|a|an|in|on|it|this|he|she|they|we|it's)");
    /** A name after one of these is where the speakers were, not who spoke: "American commanders in Afghanistan said". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:^|[,;]\\s*|\\s)((?:\\p{Lu}[\\p{L}.-]*\\s+)?[\\p{L}.-]+)\\s+(?:in|at|from|near)\\s+(?:the\\s+)?$");

    private final List<MatchStarts> rules; // tried only where they can start: every sentence with a figure is searched

    Claimants(MappingRules rules) { this.rules = rules.attributions(); }

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        for (MatchStarts p : rules) p.each(text, m -> {
            String who = m.group("who");
            if (who == null || who.isBlank() || FUNCTION_WORD.matcher(who.trim()).matches()) return;
            Matcher place = PLACE_BEFORE.matcher(text.substring(0, m.start("who")));
            String named = place.find() ? place.group(1) : who;
            out.add(new Found(m.start(), m.end(), named.replaceFirst("^(?:The|A|An)\\s+", "").trim()));
        });
        // By where the verb ends; of two with the same verb, the one that starts first names more (the person, not "commander").
        out.sort(java.util.Comparator.comparingInt(Found::end).thenComparing(java.util.Comparator.comparingInt(Found::start).reversed()));
        return out;
    }

    /** The claimant of a figure that starts at {@code at}, or null: the attribution nearest before it, else the first after. */
    static String of(List<Found> found, int at) {
        Found best = null;
        for (Found f : found) if (f.start() < at) best = f;
        if (best == null && !found.isEmpty()) best = found.get(0);
        return best == null ? null : best.who();
    }
}
