package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.text.MatchStarts;

/**
 * Casualty claims: "over 8,500 ISIL militants had been killed", "between 815 and 1,149 civilian
 * non-combatants", "killed about 500 ISIS fighters" - a figure or range with its hedge, the group
 * counted, the claimant ("according to X", "X reported") and the sentence's date.
 */
public final class CasualtyExtractor implements Extractor {
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final String HEDGE = "(over|more than|about|around|approximately|nearly|almost|at least|as many as|some|up to|an estimated|estimated|roughly|fewer than|less than)";
    /**
     * Whom a figure counts: a noun phrase of up to three words of any kind ("Islamist", "ISIL",
     * "pro-government") before a noun for people. Words that end the phrase instead (a verb, "of",
     * "and") may not stand among them.
     */
    private static final String MODIFIER = "(?!(?:and|or|of|in|on|at|by|to|from|with|against|for|during|after|before|over|under|into|as|while|per|were|was|had|have|has|been|are|is|killed|died|dead|wounded|more|than|airstrikes?|strikes?|attacks?|raids?|sorties|missions?|operations?)\\b)[\\p{L}][\\p{L}.'’-]*";
    private static final String PEOPLE = "(?:militants|fighters|civilians|non-combatants|noncombatants|soldiers|troops|servicemen|servicemembers|service members"
            + "|people|persons|members|insurgents|combatants|jihadists|commanders|leaders|children|women and children|women|men|personnel"
            + "|police(?:men)?|officers|rebels|guerrillas|terrorists|militiamen|marines|sailors|airmen|pilots|prisoners|hostages"
            + "|workers|residents|refugees|gunmen|attackers|volunteers|mercenaries|recruits|conscripts|infantrymen|defenders|inhabitants|villagers)";
    private static final String GROUP = "((?:" + MODIFIER + "\\s+){0,3}?" + PEOPLE + ")";
    // A claim starts a word (the first \\b): "320 fighters" is not read out of "A320 fighters", nor
    // the hedge "some" out of "handsome"; and it is tried only where a word starts (MatchStarts).
    private static final MatchStarts CLAIM = MatchStarts.of(Pattern.compile("\\b(?:(?i)" + HEDGE + "\\s+)?(?:between\\s+" + NUM + "\\s+and\\s+" + NUM
            + "|" + NUM + "(?:\\s*(?:–|-|to)\\s*" + NUM + ")?)\\s+" + GROUP + "\\b"));
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)(the|a|an|in|on|it|this|he|she|they)");
    private static final MatchStarts HARM = MatchStarts.of(Pattern.compile("(?i)\\b(killed|killing|kills|deaths?|dead|died|casualties|lost their lives|wounded|injured)\\b"));
    private static final Pattern ACCORDING = Pattern.compile("(?i)according to (?:the |a |an )?([^,.;]{2,60}?)(?:,|\\s+(?:in|on|by)\\s|$)");
    /** A name of capitalised words, which "and", "of", "for" or "&" may join: "Stars and Stripes", "Syrian Observatory for Human Rights". */
    private static final Pattern SAID = Pattern.compile("((?:\\p{Lu}[\\p{L}.&-]*)(?:\\s+(?:(?:and|of|for|&)\\s+)?\\p{Lu}[\\p{L}.&-]*)*\\s*"
            + "(?:and monitoring group \\p{Lu}\\p{L}+\\s*)?),?\\s*(?:report(?:ed|s)?|said|claimed|estimated|stated|announced)\\b");
    /** A name after one of these is where the speakers were, not who spoke: "American commanders in Afghanistan said". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:^|[,;]\\s*|\\s)((?:\\p{Lu}[\\p{L}.-]*\\s+)?[\\p{L}.-]+)\\s+(?:in|at|from|near)\\s+(?:the\\s+)?$");

    @Override public String name() { return "casualties"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        DatedSentences.walk(doc, (s, sen, date) -> {
            String t = sen.text();
            if (!mayTellHarm(t) || !HARM.matches(t)) return;
            Matcher m = CLAIM.pattern().matcher(t);
            int k = 0;
            for (int from = 0; CLAIM.find(m, t, from); from = Math.max(m.end(), m.start() + 1)) {
                Long lo = number(m.group(2) != null ? m.group(2) : m.group(4));
                Long hi = number(m.group(3) != null ? m.group(3) : m.group(5));
                if (lo == null || lo < 2 || isYear(m, t)) continue;
                Long figure = hi == null ? lo : null;
                out.add(new CasualtyFact(figure, hi == null ? null : lo, hi, m.group(1) == null ? null : m.group(1).toLowerCase(),
                        m.group(6).trim(), claimant(t), date == null ? null : date.value(), t, k++,
                        new Provenance(s.index(), sen.index(), sen.line(), doc.citations(sen.content()))));
            }
        });
        return out;
    }

    /** Word stems every HARM word starts with: a cheap test before the regex, which most sentences fail. */
    private static final String[] HARM_STEMS = {"kill", "death", "dead", "died", "casualt", "lost their lives", "wounded", "injured"};

    private static boolean mayTellHarm(String t) {
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String stem : HARM_STEMS) if (lower.contains(stem)) return true;
        return false;
    }

    private static boolean isYear(Matcher m, String t) {
        String n = m.group(4) == null ? "" : m.group(4);
        return YEAR.matcher(n).matches() && m.group(5) == null;
    }

    static String claimant(String t) {
        Matcher a = ACCORDING.matcher(t);
        if (a.find()) return a.group(1).trim();
        Matcher s = SAID.matcher(t);
        while (s.find()) {
            String who = s.group(1).trim();
            if (who.isEmpty() || FUNCTION_WORD.matcher(who).matches()) continue;
            Matcher place = PLACE_BEFORE.matcher(t.substring(0, s.start(1)));
            if (place.find()) return place.group(1).trim();
            return who.replaceFirst("^(?:The|A)\\s+", "").trim();
        }
        return null;
    }

    private static Long number(String s) {
        return s == null ? null : Long.valueOf(s.replace(",", ""));
    }
}
