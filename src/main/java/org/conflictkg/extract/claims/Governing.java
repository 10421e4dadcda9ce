package org.conflictkg.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.conflictkg.mapping.MappingRules;

/**
 * The kind of loss a figure counts, by the word of loss that governs it in its clause: the participle
 * right after its group, or after an auxiliary ("8,500 ISIL militants had been killed", "three ISIL
 * fighters, two with UK nationality, were targeted and killed"), else the nearest before it ("killed 45
 * ISIL militants and injured an additional 60": 45 killed, 60 wounded). A figure that no word of loss
 * governs is no casualty claim ("around 31,500 core fighters"). The words are the map:LossKind rules
 * for people.
 */
final class Governing {
    /** A word of loss in a sentence, with the kind it names. */
    record Word(int start, int end, Node kind) {}

    private static final Pattern AUXILIARY = Pattern.compile("\\b(?:were|was|been|are|is|being|had|have|has)\\b");
    private static final int AFTER = 70, BEFORE = 90;

    private final List<MappingRules.LossKindRule> rules; // searched only where a word can start: every sentence with a figure is

    Governing(MappingRules rules) {
        this.rules = rules.lossKindRules().stream().filter(MappingRules.LossKindRule::people).toList();
    }

    List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        for (MappingRules.LossKindRule r : rules) r.words().each(text, m -> out.add(new Word(m.start(), m.end(), r.emits())));
        out.sort(java.util.Comparator.comparingInt(Word::start));
        return out;
    }

    /**
     * The kind governing the figure at {@code [start, end)}, or null. {@code others} are the starts of the
     * sentence's other figures, which a governing word after the group may not be separated from it by.
     */
    Node kind(String text, List<Word> words, int start, int end, List<Integer> others) {
        int clauseEnd = boundary(text, end, +1), clauseStart = boundary(text, start, -1);
        for (Word w : words) {
            if (w.start() < end || w.start() > Math.min(clauseEnd, end + AFTER)) continue;
            String gap = text.substring(end, w.start());
            boolean between = others.stream().anyMatch(o -> o > end && o < w.start());
            if (!between && (gap.isBlank() || AUXILIARY.matcher(gap).find())) return w.kind();
            break;
        }
        Word before = null;
        for (Word w : words) if (w.end() <= start && w.start() >= Math.max(clauseStart, start - BEFORE)) before = w;
        return before == null ? null : before.kind();
    }

    /** The end (or start) of the clause around {@code at}: a semicolon, a colon, a parenthesis or the text's end. */
    private static int boundary(String text, int at, int dir) {
        for (int i = at; dir > 0 ? i < text.length() : i > 0; i += dir) {
            char c = text.charAt(dir > 0 ? i : i - 1);
            if (c == ';' || c == ':' || c == '(' || c == ')') return i;
        }
        return dir > 0 ? text.length() : 0;
    }
}
