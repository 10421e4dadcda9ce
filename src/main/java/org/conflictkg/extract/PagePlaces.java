package org.conflictkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.countries.Countries;
import org.conflictkg.doc.Infobox;
import org.conflictkg.doc.InfoboxField;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.InfoboxMapping;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.places.Gazetteer;

/**
 * Which names a page uses as places, by evidence: a present-day country, a place of its infobox, or
 * a region or town of the gazetteer that the page itself treats as a place: it links the name there
 * or writes it after a place context ("fighting in Mosul"). A name the gazetteer does not know is no
 * place, whatever word precedes it: "reported to the FBI", a section headed by a perpetrator's name,
 * "Battle" or "Deaths" never are; nor is "North", though a region of Cameroon has the name, on a page
 * that only writes "in the north". "A and B" is a place when both parts are.
 */
final class PagePlaces {
    private final MappingRules rules;
    private final String text;
    private final Map<String, Boolean> known = new HashMap<>();
    /** The targets the page links each shown name to. */
    private final Map<String, java.util.Set<String>> linkTargets = new HashMap<>();

    PagePlaces(WikiDocument doc, MappingRules rules) {
        this.rules = rules;
        StringBuilder sb = new StringBuilder();
        for (Section s : doc.sections())
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences()) {
                    sb.append(sen.text()).append('\n');
                    for (Link l : sen.content().links()) linkTargets.computeIfAbsent(l.label(), k -> new java.util.HashSet<>()).add(l.page());
                }
        this.text = sb.toString();
        List<Infobox> boxes = new java.util.ArrayList<>(doc.infoboxes());
        doc.transcluded().forEach(t -> boxes.addAll(t.infoboxes()));
        for (Infobox b : boxes) {
            var mapping = rules.infoboxMapping(b.name());
            if (mapping.isEmpty()) continue;
            for (InfoboxField f : b.fields()) {
                boolean place = mapping.get().ruleFor(f.name()).map(r -> r.reads() == InfoboxMapping.Reads.PLACE).orElse(false);
                if (!place) continue;
                for (Link l : f.value().links()) { known.put(l.page(), true); known.put(l.label(), true); }
                for (String part : f.text().split("[,;]")) if (!part.isBlank()) known.put(part.trim(), true);
            }
        }
    }

    boolean isPlace(String name) {
        Boolean b = known.get(name);
        if (b == null) {
            b = decide(name);
            known.put(name, b);
        }
        return b;
    }

    private boolean decide(String name) {
        String[] parts = name.split("\\s*(?:,|\\band\\b|&)\\s*");
        if (parts.length > 1) {
            for (String p : parts) if (!p.isBlank() && !isPlace(p.trim())) return false;
            return true;
        }
        if (Countries.bundled().find(name).isPresent()) return true;
        if (Gazetteer.bundled().find(name).isEmpty() || !properName(name)) return false;
        // A region or town of that name, when the page treats the name as the place: it links it there,
        // or writes it, capitalised, after a place context. A page that links the name elsewhere
        // ([[Abraham Lincoln|Lincoln]]) means someone or something else.
        java.util.Set<String> targets = linkTargets.getOrDefault(name, java.util.Set.of());
        if (targets.stream().anyMatch(t -> t.equals(name) || t.startsWith(name + ",") || t.startsWith(name + " ("))) return true;
        if (!targets.isEmpty()) return false;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (word && standsAlone(end) && rules.isPlaceContext(text.substring(Math.max(0, i - 40), i))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "and", "de", "del", "la", "le",
            "upon", "on", "al", "el", "du", "von", "van", "y", "da", "do", "am", "an", "der");
    private static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile("^\\s(?:\\p{Lu}|(?:of|for|de)\\s+(?:the\\s+)?\\p{Lu})");

    private static boolean properName(String name) {
        for (String w : name.split("\\s+"))
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    && !SMALL_WORDS.contains(w)) return false;
        return true;
    }

    /** The name is not the start of a longer one: "in the Battle of Gettysburg" does not make "Battle" a place. */
    private boolean standsAlone(int end) {
        return !CONTINUED.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
    }
}
