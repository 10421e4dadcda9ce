package org.conflictkg.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.conflictkg.doc.Template;

/**
 * "This infobox template describes the page's subject, and these fields hold these kinds of
 * value", from a {@code map:InfoboxMapping} of {@code mapping.ttl}.
 *
 * @param templates normalised template names (aliases: "infobox terrorist attack" for "infobox civilian
 *                  attack"); the module form ({@code #invoke:... |main}) matches too
 * @param emits     the class of the subject before title and categories refine it
 * @param actor     true when the subject is an actor (a faction), not a conflict ({@code map:subjectKind map:Actor})
 */
public record InfoboxMapping(List<String> templates, Node emits, boolean actor, List<FieldRule> fields) {

    /** The first template name. */
    public String template() { return templates.get(0); }

    /** The kinds of value a field can hold ({@code map:reads}). */
    public enum Reads { NAME, PART_OF, DATES, PLACE, COORDINATES, RESULT, TERRITORY, BELLIGERENTS, COMMANDERS, UNITS,
        STRENGTH, CASUALTIES, TEXT, ALLIES, OPPONENTS, LEADERS }

    /**
     * Which fields hold one kind of value: a field name, or a pattern whose first group is the side.
     *
     * @param side     the side of a field whose name gives none, or null
     * @param property for {@link Reads#TEXT}: the property that states the text; for {@link Reads#PLACE}, one
     *                 other than {@code ckg:place} (an actor's {@code ckg:areaOfOperations})
     * @param lossKind for {@link Reads#CASUALTIES}: the kind of loss every line of the field counts
     *                 ({@code map:lossKind}, "fatalities"), or null to read it from each line's words
     */
    public record FieldRule(String field, Pattern fieldPattern, Reads reads, Integer side, Node property, Node lossKind) {
        /** The side this rule reads from a field of that name (0 when it has none), or empty when the rule does not apply. */
        public Optional<Integer> sideOf(String name) {
            if (field != null) return field.equalsIgnoreCase(name.trim()) ? Optional.of(side == null ? 0 : side) : Optional.empty();
            Matcher m = fieldPattern.matcher(name.trim());
            if (!m.matches()) return Optional.empty();
            if (m.groupCount() >= 1 && m.group(1) != null) return Optional.of(Integer.parseInt(m.group(1)));
            return Optional.of(side == null ? 0 : side);
        }
    }

    /** True for this template or its module form. */
    public boolean appliesTo(String normalisedName) {
        for (String t : templates) if (normalisedName.equals(t) || normalisedName.startsWith(t + "|")) return true;
        return false;
    }

    /** The rule for a field, if any (the first that applies). */
    public Optional<FieldRule> ruleFor(String fieldName) {
        return fields.stream().filter(r -> r.sideOf(fieldName).isPresent()).findFirst();
    }

    static List<InfoboxMapping> read(Graph g) {
        List<InfoboxMapping> out = new ArrayList<>();
        for (Node n : RuleGraph.subjects(g, "InfoboxMapping")) {
            List<String> templates = RuleGraph.strings(g, n, "template").stream().map(Template::normalise).sorted().toList();
            Node emits = RuleGraph.one(g, n, "emits");
            if (templates.isEmpty() || emits == null) throw new IllegalArgumentException("mapping " + n + " needs map:template and map:emits");
            List<FieldRule> rules = new ArrayList<>();
            for (Node r : RuleGraph.all(g, n, "fieldRule")) rules.add(fieldRule(g, n, r));
            Node kind = RuleGraph.one(g, n, "subjectKind");
            boolean actor = kind != null && kind.isURI() && kind.getLocalName().equals("Actor");
            out.add(new InfoboxMapping(templates, emits, actor, List.copyOf(rules)));
        }
        return List.copyOf(out);
    }

    private static FieldRule fieldRule(Graph g, Node mapping, Node r) {
        Node field = RuleGraph.one(g, r, "field");
        Pattern pattern = RuleGraph.optionalPattern(g, r, "fieldPattern");
        Node reads = RuleGraph.one(g, r, "reads");
        if (field == null && pattern == null || reads == null || !reads.isURI())
            throw new IllegalArgumentException("mapping " + mapping + ": a map:fieldRule needs map:field or map:fieldPattern, and map:reads");
        Reads kind = reads(reads.getLocalName());
        Node property = RuleGraph.one(g, r, "property");
        if (kind == Reads.TEXT && property == null)
            throw new IllegalArgumentException("mapping " + mapping + ": a map:Text field needs map:property");
        return new FieldRule(field == null ? null : field.getLiteralLexicalForm().trim(), pattern, kind,
                RuleGraph.integer(g, r, "side"), property, RuleGraph.one(g, r, "lossKind"));
    }

    private static Reads reads(String local) {
        return switch (local) {
            case "Name" -> Reads.NAME;
            case "PartOf" -> Reads.PART_OF;
            case "Dates" -> Reads.DATES;
            case "Place" -> Reads.PLACE;
            case "Coordinates" -> Reads.COORDINATES;
            case "Result" -> Reads.RESULT;
            case "Territory" -> Reads.TERRITORY;
            case "Belligerents" -> Reads.BELLIGERENTS;
            case "Commanders" -> Reads.COMMANDERS;
            case "Units" -> Reads.UNITS;
            case "Strength" -> Reads.STRENGTH;
            case "Casualties" -> Reads.CASUALTIES;
            case "Text" -> Reads.TEXT;
            case "Allies" -> Reads.ALLIES;
            case "Opponents" -> Reads.OPPONENTS;
            case "Leaders" -> Reads.LEADERS;
            default -> throw new IllegalArgumentException("unknown map:reads value map:" + local);
        };
    }
}
