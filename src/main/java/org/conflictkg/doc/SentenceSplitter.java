package org.conflictkg.doc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits running text into sentences at {@code . ! ?} followed by a space and a capital, digit
 * or quote, except after an abbreviation ("Lt. Gen.", "No. 5"), an initial ("George W. Bush") or an
 * inner-period abbreviation ("U.S. forces") unless a sentence-starting word follows it ("the U.S. The ...").
 * The word lists are resources ({@code text/abbreviations.txt}, {@code text/sentence-starters.txt}).
 */
public final class SentenceSplitter {
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\p{L}\\.)+\\p{L}");
    private static final Set<String> ABBREVIATIONS = words("/text/abbreviations.txt");
    private static final Set<String> STARTERS = words("/text/sentence-starters.txt");

    private SentenceSplitter() {}

    public static List<Sentence> split(InlineText text, int firstIndex) {
        List<Integer> starts = boundaries(text.text());
        List<Sentence> out = new ArrayList<>();
        String s = text.text();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int next = i + 1 < starts.size() ? starts.get(i + 1) : s.length();
            int to = next;
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) to--;
            if (to == from) continue;
            InlineText part = text.slice(from, to, next, text.line());
            out.add(new Sentence(firstIndex + out.size(), withLine(part, text.line())));
        }
        return out;
    }

    /** A sentence's line: that of its first template or ref, which carry exact source lines. */
    private static InlineText withLine(InlineText t, int fallback) {
        int line = fallback;
        for (Template tp : t.templates()) if (tp.line() > 0) { line = tp.line(); break; }
        if (line == fallback) for (RefUse r : t.refs()) if (r.line() > 0) { line = r.line(); break; }
        return t.withLine(line);
    }

    /** Start offsets of the sentences of {@code s}; the first is always 0. */
    static List<Integer> boundaries(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            while (j < s.length() && "\"'”’)]".indexOf(s.charAt(j)) >= 0) j++;
            if (j >= s.length() || s.charAt(j) != ' ') continue;
            int k = j;
            while (k < s.length() && s.charAt(k) == ' ') k++;
            if (k >= s.length()) continue;
            char n = s.charAt(k);
            if (!(Character.isUpperCase(n) || Character.isDigit(n) || "\"“‘'(['".indexOf(n) >= 0)) continue;
            if (c == '.' && !endsSentence(s, i, k)) continue;
            starts.add(k);
        }
        return starts;
    }

    private static boolean endsSentence(String s, int period, int nextWord) {
        int w = period;
        while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && "(\"“'".indexOf(s.charAt(w - 1)) < 0) w--;
        String token = s.substring(w, period);
        if (token.isEmpty()) return true;
        if (ABBREVIATIONS.contains(token)) return false;
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) return false;  // an initial
        if (DOTTED.matcher(token).matches()) {                                        // U.S, U.N, e.g
            int e = nextWord;
            while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
            return STARTERS.contains(s.substring(nextWord, e));
        }
        return true;
    }

    private static Set<String> words(String resource) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Set<String> set = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) set.add(w);
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
