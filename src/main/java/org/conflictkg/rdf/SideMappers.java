package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.conflictkg.extract.conflict.ConflictFacts;

/** The sides of a conflict: one statement node per belligerent, commander, unit and force figure, by side. */
final class SideMappers {
    private SideMappers() {}

    /** A statement node about one side: its class, conflict, side and order; named by kind, side and key. */
    private static Node statement(PageIris page, Emitter out, Node type, String kind, Iris iris, String title, int side,
                                  int order, String key) {
        Node n = page.uri("/" + kind + "/" + side + "/" + key);
        out.add(n, Std.type, type);
        out.add(n, Ckg.conflict, iris.wikiEntity(title));
        out.integer(n, Ckg.side, side);
        out.integer(n, Ckg.order, order);
        return n;
    }

    record Parties(Iris iris, ConflictMappers.WikiThings wiki) implements FactMapper<ConflictFacts.Party> {
        @Override public Class<ConflictFacts.Party> type() { return ConflictFacts.Party.class; }

        @Override public void map(ConflictFacts.Party p, PageIris page, Emitter out) {
            Node subject = iris.wikiEntity(p.title());
            Node n = statement(page, out, Ckg.Belligerent, "belligerent", iris, p.title(), p.side(), p.order(), Iris.slug(p.name()));
            out.add(n, Std.type, Ckg.Participation);
            out.string(n, Ckg.name, p.name());
            Node party = ConflictMappers.party(p.country(), p.target(), p.name(), iris, wiki, page, out);
            if (party != null) {
                out.add(n, Ckg.party, party);
                out.add(subject, Ckg.involves, party);
                Involvements.of(n, party, Ckg.BelligerentInvolvement, "belligerent", out);
            }
            ConflictMappers.provenance(n, p.field(), p.provenance(), page, out);
        }
    }

    /** A side of two or more parties as a grouping: its parties are its members from the conflict's start. */
    record Sides(Iris iris, ConflictMappers.WikiThings wiki) implements FactMapper<ConflictFacts.Side> {
        @Override public Class<ConflictFacts.Side> type() { return ConflictFacts.Side.class; }

        @Override public void map(ConflictFacts.Side s, PageIris page, Emitter out) {
            Node g = page.uri("/grouping/side-" + s.side());
            out.add(g, Std.type, Ckg.Side);
            out.add(g, Std.type, Ckg.Grouping);
            out.add(g, Std.type, Ckg.Actor);
            out.english(g, Std.label, s.label());
            out.add(g, Ckg.conflict, iris.wikiEntity(s.title()));
            out.integer(g, Ckg.side, s.side());
            out.date(g, Ckg.date, s.since(), Ckg.datePrecision);
            out.add(g, Ckg.inInfoboxField, ConflictMappers.field(s.field(), s.provenance(), page, out));
            for (ConflictFacts.Party p : s.parties()) {
                Node member = ConflictMappers.party(p.country(), p.target(), p.name(), iris, wiki, page, out);
                if (member == null) continue;
                Node m = page.uri("/membership/side-" + s.side() + "/" + p.order());
                out.add(m, Std.type, Ckg.Membership);
                out.english(m, Std.label, p.name() + " in " + s.label());
                out.add(m, Ckg.member, member);
                out.add(m, Ckg.grouping, g);
                out.date(m, Ckg.since, s.since(), null);
                out.string(m, Ckg.note, "infobox side " + s.side());
                ConflictMappers.provenance(m, p.field(), p.provenance(), page, out);
            }
        }
    }

    record Commanders(Iris iris, ConflictMappers.WikiThings wiki) implements FactMapper<ConflictFacts.Commander> {
        @Override public Class<ConflictFacts.Commander> type() { return ConflictFacts.Commander.class; }

        @Override public void map(ConflictFacts.Commander c, PageIris page, Emitter out) {
            Node n = statement(page, out, Ckg.Command, "command", iris, c.title(), c.side(), c.order(), Iris.slug(c.name()));
            out.string(n, Ckg.name, c.name());
            if (c.target() != null) out.add(n, Ckg.commander, wiki.describe(c.target(), c.name(), Ckg.Person, out));
            for (Node f : c.fates()) out.add(n, Ckg.fate, f);
            ConflictMappers.provenance(n, c.field(), c.provenance(), page, out);
        }
    }

    record Units(Iris iris, ConflictMappers.WikiThings wiki) implements FactMapper<ConflictFacts.Unit> {
        @Override public Class<ConflictFacts.Unit> type() { return ConflictFacts.Unit.class; }

        @Override public void map(ConflictFacts.Unit u, PageIris page, Emitter out) {
            Node n = statement(page, out, Ckg.UnitDeployment, "unit", iris, u.title(), u.side(), u.order(), Iris.slug(u.name()));
            out.string(n, Ckg.name, u.name());
            if (u.target() != null) out.add(n, Ckg.unit, wiki.describe(u.target(), u.name(), Ckg.MilitaryUnit, out));
            ConflictMappers.provenance(n, u.field(), u.provenance(), page, out);
        }
    }

    record Figures(Iris iris) implements FactMapper<ConflictFacts.Figure> {
        @Override public Class<ConflictFacts.Figure> type() { return ConflictFacts.Figure.class; }

        @Override public void map(ConflictFacts.Figure f, PageIris page, Emitter out) {
            Node n = statement(page, out, f.casualties() ? Ckg.Losses : Ckg.Strength, f.casualties() ? "losses" : "strength", iris,
                    f.title(), f.side(), f.order(), PageIris.hash(f.field() + "\n" + f.order() + "\n" + f.text()));
            out.add(n, Std.type, Ckg.ForceFigure);
            out.string(n, Ckg.text, f.text());
            if (f.figure() != null) out.integer(n, Ckg.figure, f.figure());
            if (f.max() != null) out.integer(n, Ckg.figureMax, f.max());
            if (f.casualties()) out.add(n, Ckg.lossKind, f.lossKind() != null ? f.lossKind() : Ckg.UnspecifiedCasualties);
            ConflictMappers.provenance(n, f.field(), f.provenance(), page, out);
        }
    }
}
