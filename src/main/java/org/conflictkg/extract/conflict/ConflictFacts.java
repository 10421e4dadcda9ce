package org.conflictkg.extract.conflict;

import java.util.List;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Country;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.Provenance;
import org.conflictkg.text.Coordinates;
import org.conflictkg.text.DateValue;

/**
 * What a page's infobox and categories say of the page's own subject (its title names it). Every
 * fact read from an infobox names its field: the field, its line and the refs inside it are the
 * fact's provenance.
 */
public final class ConflictFacts {
    private ConflictFacts() {}

    /**
     * The subject is a conflict of this class, described by this infobox (template "" when only
     * the categories say so).
     */
    public record Subject(String title, Node kind, String name, String template, boolean conflict, Provenance provenance)
            implements Fact {
        /** A conflict's subject. */
        public Subject(String title, Node kind, String name, String template, Provenance provenance) {
            this(title, kind, name, template, true, provenance);
        }
    }

    /** How an actor stands to another, as an infobox of an actor states it. */
    public enum RelationKind { ALLY, OPPONENT, LEADER }

    /**
     * What an infobox says an actor stands in to another: a faction's ally, opponent or leader, by
     * name, article and present-day country where known.
     */
    public record Relation(String title, RelationKind kind, String name, String target, Country country, String field,
                           Provenance provenance) implements Fact {}

    /** When: the field's text and the range read from it. */
    public record Dates(String title, DateValue start, DateValue end, String text, String field, Provenance provenance)
            implements Fact {}

    /** Where: the text, the places it links (a present-day country where the link is one), and coordinates. */
    public record Place(String title, String text, List<PlaceRef> places, Coordinates point, String field, Node property,
                        Provenance provenance)
            implements Fact {}

    /** A linked place: its article title and, when it is a present-day country, the country. */
    public record PlaceRef(String target, Country country) {}

    /** The larger conflicts the subject is part of. */
    public record PartOf(String title, List<ParentRef> parents, String text, String field, Provenance provenance) implements Fact {}

    /** A larger conflict: the article (with a #section when the link names one) and its name. */
    public record ParentRef(String target, String label) {}

    /** What a text field states: the outcome, the territorial changes, or another text an author mapped. */
    public enum TextRole { RESULT, TERRITORY, OTHER }

    /**
     * A text the infobox states (result, territorial changes, or an author's map:Text field, with
     * the property the mapping gives it in {@code property}).
     */
    public record Text(String title, TextRole role, Node property, String text, String field, Provenance provenance) implements Fact {}

    /**
     * A party on one side. {@code target} is the article it links (or null), {@code country} the
     * present-day country it is (or null), {@code flagCountry} the country its flag shows (or null).
     */
    public record Party(String title, int side, int order, String name, String target, Country country, Country flagCountry,
                        String field, Provenance provenance) implements Fact {}

    /** A commander on one side, with what the infobox marks them with (killed in action...). */
    public record Commander(String title, int side, int order, String name, String target, List<Node> fates, String field,
                            Provenance provenance) implements Fact {}

    /** A unit on one side. */
    public record Unit(String title, int side, int order, String name, String target, String field, Provenance provenance)
            implements Fact {}

    /**
     * One line of a side's strength or casualties: the text and the number it states, if any, and for
     * losses the kind they are (killed, wounded, materiel...; null for casualties of no one kind).
     */
    public record Figure(String title, int side, int order, boolean casualties, String text, Long figure, Long max, String field,
                         Node lossKind, Provenance provenance) implements Fact {}

    /**
     * The page is about this conflict: its own subject (the page is the conflict's primary topic),
     * with the other names the lead gives it in bold.
     */
    public record PrimaryTopic(String title, List<String> aliases, Provenance provenance) implements Fact {}

    /**
     * One side of the infobox as a grouping of its parties (two or more), labelled by the side's own
     * heading ("Allies") or, without one, by the conflict and the side's number; its members are
     * the parties, from the conflict's start.
     */
    public record Side(String title, int side, String label, boolean headed, List<Party> parties, DateValue since,
                       String field, Provenance provenance) implements Fact {}

    /**
     * A category of the page and, when the page has a conflict of its own, the participant a rule
     * reads in it (by name, and as a country when it is one; both null when none).
     */
    public record Category(String title, String name, String actorName, Country actor, Provenance provenance) implements Fact {}
}
