package org.conflictkg.extract.claims;

import java.util.List;
import java.util.regex.Pattern;

import org.conflictkg.mapping.MappingRules;

/**
 * How a sentence writes a casualty figure and the group it counts: digits ("1,291", "between 815 and
 * 1,149"), words ("three", "a dozen", "hundreds of": {@code map:ApproximateNumber}), a hedge ("over",
 * "as many as"), then whom ("ISIL fighters", "12 of the organization's top leaders", "Egyptian Coptic
 * Christians", "36 al-Shabaab") or a noun of loss itself ("two non-combatant deaths"). Built once
 * from the mapping rules.
 */
final class ClaimPatterns {
    static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    static final String WORDS = "((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    static final String HEDGE = "(over|more than|about|around|approximately|nearly|almost|at least|as many as|some|up to|an estimated|estimated"
            + "|roughly|fewer than|less than|a total of|a total|another|an additional|a further)";
    /** Up to three words before the noun for people; words that end the phrase instead may not stand among them. */
    private static final String MODIFIER = "(?!(?-i:and|or|of|in|on|at|by|to|from|with|against|for|during|after|before|over|under|into|as|while|per"
            + "|were|was|had|have|has|been|are|is|killed|died|dead|wounded|more|than|airstrikes?|strikes?|attacks?|raids?|sorties|missions?"
            + "|operations?|days|months|years|miles|km)\\b)[\\p{L}][\\p{L}.'’-]*";
    private static final String PEOPLE = "(?:militants|fighters|civilians|non-combatants|noncombatants|soldiers|troops|servicemen|servicemembers"
            + "|service members|people|persons|members|insurgents|combatants|jihadists|commanders|leaders|children|men,? women,? and children"
            + "|women and children|women|men|personnel|police(?:men)?|officers|rebels|guerrillas|terrorists|militiamen|marines|sailors|airmen"
            + "|pilots|prisoners|hostages|workers|residents|refugees|gunmen|attackers|volunteers|mercenaries|recruits|conscripts|infantrymen"
            + "|defenders|inhabitants|villagers|activists|others|enemies|security forces|forces and civilians|forces"
            + "|(?-i:\\p{Lu}\\p{Ll}+s))";
    /** A group named by one hyphenated word ("36 al-Shabaab") before "and", a comma or the sentence's end. */
    private static final String NAMED = "(?-i:[\\p{L}]+-\\p{Lu}[\\p{L}]+)(?=\\s+and\\b|,|\\.|;|$)";
    private static final String OF = "(?:of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+['’]s\\s+)?)?";

    final Pattern claim;
    /** The first words a claim may start with (besides a digit): hedges, numerals, approximate numbers. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private final List<MappingRules.ApproximateNumber> approximate;

    ClaimPatterns(MappingRules rules) {
        this.approximate = rules.approximateNumbers();
        StringBuilder approx = new StringBuilder();
        for (MappingRules.ApproximateNumber a : approximate) approx.append(approx.length() == 0 ? "" : "|").append("(?:").append(a.pattern().pattern()).append(')');
        String figure = "(?:" + HEDGE + "\\s+)?(?:between\\s+" + NUM + "\\s+and\\s+" + NUM + "|" + NUM + "(?:\\s*(?:–|-|to)\\s*" + NUM + ")?"
                + "|" + WORDS + (approx.length() == 0 ? "" : "|(" + approx + ")") + ")";
        // One run of modifiers for every kind of head (backtracking over them once, not once per kind).
        String group = "((?:" + MODIFIER + "\\s+){0,3}?(?:" + PEOPLE + "|(?=(?:deaths|fatalities)\\b))|" + NAMED + ")";
        // A claim starts a word: "320 fighters" is not read out of "A320 fighters"; tried only where a word that
        // may start one does (mayStart), not at every letter.
        this.claim = Pattern.compile("(?i)\\b" + figure + "\\s+" + OF + group + "\\b");
        for (String alternatives : List.of(HEDGE, WORDS, "(between)"))
            for (String w : alternatives.replaceAll("[()?:]", " ").split("[|\\s-]+")) if (!w.isBlank()) firstWords.add(w);
        for (MappingRules.ApproximateNumber a : approximate)
            firstWords.add(a.pattern().pattern().replaceAll("^[^a-z]*([a-z]+).*$", "$1"));
        firstWords.addAll(List.of("a", "an"));
    }

    /** True when a claim may start at a word that starts with {@code word}: a digit, or one of the first words. */
    boolean mayStart(String text, int at) {
        char c = text.charAt(at);
        if (c >= '0' && c <= '9') return true;
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return end > at && firstWords.contains(text.substring(at, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** The value of a figure in words: a numeral or an approximate number; null for neither. */
    Long words(String s) {
        for (MappingRules.ApproximateNumber a : approximate) if (a.pattern().matcher(s).matches()) return a.value();
        return NumberWords.parse(s);
    }
}
