package org.conflictkg.extract;

import java.util.HashMap;
import java.util.Map;

import org.conflictkg.countries.Countries;
import org.conflictkg.countries.Demonyms;
import org.conflictkg.doc.Infobox;
import org.conflictkg.doc.InfoboxField;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.InfoboxMapping;
import org.conflictkg.mapping.MappingRules;

/**
 * Which names a page uses as places: present-day countries, the places of its infobox, and names
 * its sentences put after a place context ("fighting in the Gaza Strip"). "Battle", "Culture" or
 * "Deaths" are not places on any page that does not write "in Deaths". "A and B" is a place when
 * both parts are.
 */
final class PagePlaces {
    private final MappingRules rules;
    private final String text;
    private final Map<String, Boolean> known = new HashMap<>();

    PagePlaces(WikiDocument doc, MappingRules rules) {
        this.rules = rules;
        StringBuilder sb = new StringBuilder();
        for (Section s : doc.sections())
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences()) sb.append(sen.text()).append('\n');
        this.text = sb.toString();
        for (Infobox b : doc.infoboxes()) {
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
        // A place is a proper name ("Gaza Strip", not "battle" or "Union blockade"), and not a people
        // or a language ("known in Japanese as").
        if (!properName(name) || Demonyms.bundled().country(name, Countries.bundled()).isPresent()) return false;
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
