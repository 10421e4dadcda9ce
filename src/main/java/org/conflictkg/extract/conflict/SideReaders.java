package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Countries;
import org.conflictkg.countries.Country;
import org.conflictkg.doc.FieldItem;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Template;
import org.conflictkg.mapping.CommanderMark;

/**
 * Reads the lines of a side's fields: who fought (a party: the first thing the line shows, a
 * flag's name or a link), who commanded (the first capitalised link that is not a mark), with
 * what the line marks them. A line that labels the lines under it ("Leadership:") names nobody.
 */
final class SideReaders {
    private static final java.util.regex.Pattern PLACE_OF = java.util.regex.Pattern.compile("\\p{Lu}\\S*\\s+(of|from)\\s+$");
    private final Countries countries;
    private final List<CommanderMark> marks;

    SideReaders(Countries countries, List<CommanderMark> marks) {
        this.countries = countries;
        this.marks = marks;
    }

    /**
     * A party: name as shown, article linked, the present-day country it is (by the link's target,
     * or by a flag and shown words that name the same country, never by the words alone), and the
     * country its flag shows ("{{flagicon|France}} [[French Armed Forces]]": France's forces).
     */
    record Party(String name, String target, Country country, Country flagCountry) {}

    Optional<Party> party(FieldItem item) {
        ItemParts p = ItemParts.of(item);
        if (p.label() || p.text().isEmpty()) return Optional.empty();
        Template flag = p.flag();
        Link link = p.links().isEmpty() ? null : p.links().get(0);
        int flagAt = flag == null ? Integer.MAX_VALUE : flag.offset();
        int linkAt = link == null ? Integer.MAX_VALUE : link.start();
        if (flag != null && ItemParts.NAMING_FLAGS.contains(flag.name()) && flagAt <= linkAt) {
            Country c = countries.find(flag.positional(1).trim()).orElse(null);
            return Optional.of(new Party(p.text(), null, c, c));
        }
        if (link != null) {
            Country c = countries.find(link.page()).orElse(null);
            // "{{flagicon|Poland}} [[Provisional Government of the Republic of Poland|Poland]]": the flag
            // and the words shown name the same present-day country, so the party is it.
            // "{{flagicon|France}} [[First French Empire]]" is not France.
            Country byFlag = flag == null ? null : countries.find(flag.positional(1)).orElse(null);
            if (c == null && byFlag != null && countries.find(link.label()).equals(Optional.of(byFlag))) c = byFlag;
            return Optional.of(new Party(p.text(), link.page(), c, byFlag));
        }
        String name = p.text();
        Country byFlag = flag == null ? null : countries.find(flag.positional(1)).orElse(null);
        return Optional.of(new Party(name, null, countries.find(name).orElse(byFlag), byFlag));
    }

    /** A commander: the person's name and article, and the marks of the line. */
    record Commander(String name, String target, List<Node> fates) {}

    Optional<Commander> commander(FieldItem item) {
        ItemParts p = ItemParts.of(item);
        List<Node> fates = fates(item, p);
        if (p.label()) return Optional.empty();
        for (Link l : p.links()) {
            if (isMark(l) || l.label().isEmpty() || !Character.isUpperCase(l.label().codePointAt(0))) continue;
            if (countries.find(l.page()).isPresent()) continue; // a country beside the name, not a person
            // "Sattuara of [[Mittani]]": the link names where the person is from; the person is the line.
            if (PLACE_OF.matcher(item.plain().substring(0, Math.min(l.start(), item.plain().length()))).find()) break;
            return Optional.of(new Commander(ItemParts.trimPunctuation(l.label()), l.page(), fates));
        }
        // A link the parser could not read (a title with broken characters) stays as "[[...]]" text.
        String name = ItemParts.trimPunctuation(withoutParentheses(stripSigns(p.text())).replace("[[", "").replace("]]", ""));
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) return Optional.empty();
        return Optional.of(new Commander(name, null, fates));
    }

    private List<Node> fates(FieldItem item, ItemParts p) {
        List<Node> out = new ArrayList<>();
        for (CommanderMark m : marks) {
            boolean marked = item.text().templates().stream().anyMatch(t -> m.byTemplate(t.name()))
                    || item.text().links().stream().anyMatch(l -> m.byLink(l.page()))
                    || m.signs().stream().anyMatch(s -> item.plain().contains(s));
            if (marked && !out.contains(m.emits())) out.add(m.emits());
        }
        return List.copyOf(out);
    }

    private boolean isMark(Link l) {
        return marks.stream().anyMatch(m -> m.byLink(l.page()));
    }

    private String stripSigns(String s) {
        String out = s;
        for (CommanderMark m : marks) for (String sign : m.signs()) out = out.replace(sign, "");
        return out.strip();
    }

    static String withoutParentheses(String s) {
        return s.replaceAll("\\s*\\([^()]*\\)", "").strip();
    }
}
