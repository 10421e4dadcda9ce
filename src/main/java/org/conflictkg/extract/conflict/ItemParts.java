package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.conflictkg.doc.FieldItem;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.TemplateArg;

/**
 * What one line of a side's field shows: its words, the links outside parentheses (those inside
 * qualify: "United States ([[Union (American Civil War)|Union]])"), and whether the line is a
 * label of the lines under it ("1st Belorussian Front:") or a connective ("then", "and others").
 */
record ItemParts(String text, List<Link> links, List<Template> templates, boolean label) {
    /** Flag templates that show the country's name ({{flag|X}}); {{flagicon|X}} shows only the flag. */
    static final Set<String> NAMING_FLAGS = Set.of("flag", "flagcountry", "flagu", "flag country", "flagcountry2", "flagdeco country");
    static final Set<String> FLAGS = Set.of("flag", "flagcountry", "flagicon", "flagu", "flag icon", "flagdeco", "flag country",
            "flagcountry2", "flagdeco country", "flagicon image");

    static ItemParts of(FieldItem item) {
        String t = item.plain().replace('\u00A0', ' ').strip();
        List<Link> outside = new ArrayList<>();
        for (Link l : item.text().links())
            if (!insideParentheses(item.plain(), l.start()) && !isFile(l)) outside.add(l);
        // Links inside templates that show their argument ({{nowrap|[[A]]}}) are the line's own.
        if (outside.isEmpty())
            for (Template tp : item.text().templates())
                for (TemplateArg a : tp.args()) a.value().links().stream().filter(l -> !isFile(l)).forEach(outside::add);
        boolean label = t.endsWith(":") || t.isEmpty() || Character.isLowerCase(t.codePointAt(0)) && outside.stream()
                .noneMatch(l -> !l.label().isEmpty() && Character.isUpperCase(l.label().codePointAt(0)));
        return new ItemParts(trimPunctuation(t), List.copyOf(outside), item.text().templates(), label);
    }

    /** The first flag template, or null. */
    Template flag() {
        return templates.stream().filter(tp -> FLAGS.contains(tp.name())).findFirst().orElse(null);
    }

    static boolean insideParentheses(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at && i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')') depth = Math.max(0, depth - 1);
        }
        return depth > 0;
    }

    private static boolean isFile(Link l) {
        String p = l.page().toLowerCase(java.util.Locale.ROOT);
        return p.startsWith("file:") || p.startsWith("image:");
    }

    /** Without the separators a list leaves at a line's end (a period stays: "Jr.", "Inc."). */
    static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (",;:".indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) end--;
        return s.substring(0, end).strip();
    }
}
