package org.conflictkg.rdf;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.countries.Country;
import org.conflictkg.extract.Provenance;
import org.conflictkg.extract.conflict.ConflictFacts;

/**
 * A page's own conflict: its class, name, dates, place, result and parents on the subject's IRI
 * (resource/wiki/Title, shared with every page that links it), and one statement node per
 * belligerent, commander, unit and force figure, each pointing at the infobox field it was read
 * from and at the refs inside that field.
 */
final class ConflictMappers {
    private ConflictMappers() {}

    static List<FactMapper<?>> all(Iris iris) {
        WikiThings wiki = new WikiThings(iris);
        return List.of(new Subjects(iris, wiki), new Dates(iris), new Places(iris, wiki), new Parents(iris, wiki),
                new Texts(iris), new SideMappers.Parties(iris, wiki), new SideMappers.Commanders(iris, wiki),
                new SideMappers.Units(iris, wiki), new SideMappers.Figures(iris), new Categories(iris, wiki),
                new PrimaryTopics(iris), new SideMappers.Sides(iris, wiki), new Relations(iris, wiki));
    }

    /** The infobox field a fact was read from, described once per page graph, with the refs inside it. */
    static Node field(String field, Provenance p, PageIris page, Emitter out) {
        Node f = page.uri("/infobox/" + Iris.slug(field));
        if (out.firstTime(f.getURI())) {
            out.add(f, Std.type, Ckg.InfoboxField);
            out.string(f, Ckg.fieldName, field);
            out.add(f, Ckg.inInfobox, page.uri("/infobox"));
            out.add(f, Ckg.inPage, page.page());
            if (p.line() > 0) out.integer(f, Ckg.line, p.line());
        }
        for (int c : p.citations()) out.add(f, Std.provWasDerivedFrom, page.citation(c));
        return f;
    }

    /** Where a statement node was read: its field and the refs of its own line. */
    static void provenance(Node n, String field, Provenance p, PageIris page, Emitter out) {
        out.add(n, Ckg.inInfoboxField, field(field, p, page, out));
        for (int c : p.citations()) out.add(n, Std.provWasDerivedFrom, page.citation(c));
    }

    private record Subjects(Iris iris, WikiThings wiki) implements FactMapper<ConflictFacts.Subject> {
        @Override public Class<ConflictFacts.Subject> type() { return ConflictFacts.Subject.class; }

        @Override public void map(ConflictFacts.Subject s, PageIris page, Emitter out) {
            Node n = wiki.describe(s.title(), s.name(), s.kind(), out);
            out.add(n, Std.type, s.conflict() ? Ckg.ArmedConflict : Ckg.Actor);
            out.string(n, Ckg.name, s.name());
            out.add(n, Ckg.mentionedIn, page.page());
            if (s.template().isEmpty()) return;
            Node box = page.uri("/infobox");
            out.add(n, Ckg.infobox, box);
            out.add(box, Std.type, Ckg.Infobox);
            out.string(box, Ckg.template, s.template());
            out.add(box, Ckg.inPage, page.page());
            if (s.provenance().line() > 0) out.integer(box, Ckg.line, s.provenance().line());
        }
    }

    private record Dates(Iris iris) implements FactMapper<ConflictFacts.Dates> {
        @Override public Class<ConflictFacts.Dates> type() { return ConflictFacts.Dates.class; }

        @Override public void map(ConflictFacts.Dates d, PageIris page, Emitter out) {
            Node n = iris.wikiEntity(d.title());
            out.date(n, Ckg.startDate, d.start(), Ckg.datePrecision);
            if (d.start() != null) out.string(n, Ckg.dateQualifier, d.start().qualifier());
            out.date(n, Ckg.endDate, d.end(), null);
            out.string(n, Ckg.dateText, d.text());
            if (!d.field().isEmpty()) field(d.field(), d.provenance(), page, out);
        }
    }

    private record Places(Iris iris, WikiThings wiki) implements FactMapper<ConflictFacts.Place> {
        @Override public Class<ConflictFacts.Place> type() { return ConflictFacts.Place.class; }

        @Override public void map(ConflictFacts.Place p, PageIris page, Emitter out) {
            Node n = iris.wikiEntity(p.title());
            out.string(n, Ckg.placeText, p.text());
            for (ConflictFacts.PlaceRef r : p.places()) {
                Node place = r.country() != null ? CountryDescriber.describe(r.country(), iris, out)
                        : wiki.describe(r.target(), r.target(), Ckg.Place, out);
                out.add(n, p.property() != null ? p.property() : Ckg.place, place);
                Geometries.named(place, r.country() != null ? r.country().name() : iris.canonical(r.target()), out);
            }
            if (p.point() != null) {
                out.typed(n, Std.geoLat, Double.toString(p.point().latitude()), XSDDatatype.XSDdecimal);
                out.typed(n, Std.geoLong, Double.toString(p.point().longitude()), XSDDatatype.XSDdecimal);
                Geometries.point(n, p.point().latitude(), p.point().longitude(), out);
            }
            field(p.field(), p.provenance(), page, out);
        }
    }

    private record Parents(Iris iris, WikiThings wiki) implements FactMapper<ConflictFacts.PartOf> {
        @Override public Class<ConflictFacts.PartOf> type() { return ConflictFacts.PartOf.class; }

        @Override public void map(ConflictFacts.PartOf p, PageIris page, Emitter out) {
            Node n = iris.wikiEntity(p.title());
            for (ConflictFacts.ParentRef parent : p.parents())
                out.add(n, Ckg.partOf, wiki.describe(parent.target(), parent.label(), Ckg.ArmedConflict, out));
            if (!p.field().isEmpty()) field(p.field(), p.provenance(), page, out);
        }
    }

    private record Texts(Iris iris) implements FactMapper<ConflictFacts.Text> {
        @Override public Class<ConflictFacts.Text> type() { return ConflictFacts.Text.class; }

        @Override public void map(ConflictFacts.Text t, PageIris page, Emitter out) {
            Node p = switch (t.role()) {
                case RESULT -> Ckg.result;
                case TERRITORY -> Ckg.territory;
                case OTHER -> t.property();
            };
            out.string(iris.wikiEntity(t.title()), p, t.text());
            field(t.field(), t.provenance(), page, out);
        }
    }

    private record Categories(Iris iris, WikiThings wiki) implements FactMapper<ConflictFacts.Category> {
        @Override public Class<ConflictFacts.Category> type() { return ConflictFacts.Category.class; }

        @Override public void map(ConflictFacts.Category c, PageIris page, Emitter out) {
            Node cat = Iris.wikipedia("Category:" + c.name());
            out.add(page.page(), Ckg.category, cat);
            out.english(cat, Std.label, c.name());
            if (c.actorName() == null) return;
            Node subject = iris.wikiEntity(c.title());
            Node party = party(c.actor(), c.actorName(), iris, wiki, out);
            Node n = page.uri("/participation/" + Iris.slug(c.name()));
            out.add(n, Std.type, Ckg.Participation);
            out.add(n, Ckg.conflict, subject);
            out.add(n, Ckg.party, party);
            out.string(n, Ckg.name, c.actorName());
            out.add(n, Ckg.inCategory, cat);
            out.add(subject, Ckg.involves, party);
            Involvements.of(n, party, Ckg.CategoryInvolvement, "category", out);
        }
    }

    /** An actor's ally or opponent, as its infobox names them, with the field it was read from. */
    private record Relations(Iris iris, WikiThings wiki) implements FactMapper<ConflictFacts.Relation> {
        @Override public Class<ConflictFacts.Relation> type() { return ConflictFacts.Relation.class; }

        @Override public void map(ConflictFacts.Relation r, PageIris page, Emitter out) {
            Node other = r.kind() == ConflictFacts.RelationKind.LEADER
                    ? (r.target() == null ? null : wiki.describe(r.target(), r.name(), Ckg.Person, out))
                    : party(r.country(), r.target(), r.name(), iris, wiki, page, out);
            if (other == null) return;
            Node property = switch (r.kind()) {
                case ALLY -> Ckg.allyOf;
                case OPPONENT -> Ckg.opponentOf;
                case LEADER -> Ckg.ledBy;
            };
            out.add(iris.wikiEntity(r.title()), property, other);
            field(r.field(), r.provenance(), page, out);
        }
    }

    /** The page is about its conflict: the page's primary topic, with the other names the lead gives it. */
    private record PrimaryTopics(Iris iris) implements FactMapper<ConflictFacts.PrimaryTopic> {
        @Override public Class<ConflictFacts.PrimaryTopic> type() { return ConflictFacts.PrimaryTopic.class; }

        @Override public void map(ConflictFacts.PrimaryTopic t, PageIris page, Emitter out) {
            Node n = iris.wikiEntity(t.title());
            out.add(n, Std.foafIsPrimaryTopicOf, page.page());
            out.add(page.page(), Std.foafPrimaryTopic, n);
            for (String a : t.aliases()) out.english(n, Std.skosAltLabel, a);
        }
    }

    /** The node of a party: its present-day country, else the article of that name. */
    static Node party(Country country, String target, Iris iris, WikiThings wiki, Emitter out) {
        if (country != null) return CountryDescriber.describe(country, iris, out);
        return target == null ? null : wiki.describe(target, target, Ckg.Actor, out);
    }

    /**
     * The node of a party, a name the infobox gives without a link included ("Royal forces"): an
     * actor of this page, known by that name, so that it can be a member of its side.
     */
    static Node party(Country country, String target, String name, Iris iris, WikiThings wiki, PageIris page, Emitter out) {
        Node n = party(country, target, iris, wiki, out);
        if (n != null || name == null || name.isBlank()) return n;
        n = page.uri("/actor/" + Iris.slug(name));
        if (out.firstTime(n.getURI())) {
            out.add(n, Std.type, Ckg.Actor);
            out.english(n, Std.label, name);
        }
        return n;
    }

    /** Things known by their article title: described once per page graph, with their Wikipedia and DBpedia pages. */
    record WikiThings(Iris iris) {
        Node describe(String written, String label, Node type, Emitter out) {
            // Under its canonical title: a link through a redirect names the same entity as its target.
            String title = iris.canonical(written);
            if (label.equals(written)) label = title;
            Node n = iris.wikiEntity(title);
            if (type != null && out.firstTime(n.getURI() + " " + type.getURI())) out.add(n, Std.type, type);
            if (!out.firstTime(n.getURI())) return n;
            out.english(n, Std.label, label);
            out.add(n, Ckg.wikipediaPage, Iris.wikipedia(title));
            if (!title.contains("#")) out.add(n, Std.skosExactMatch, Iris.dbpedia(title)); // DBpedia has no IRI for a section
            return n;
        }
    }
}
