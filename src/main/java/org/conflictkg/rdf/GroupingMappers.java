package org.conflictkg.rdf;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.conflictkg.extract.GroupingFact;
import org.conflictkg.extract.MemberCountFact;
import org.conflictkg.extract.MembershipFact;
import org.conflictkg.extract.Provenance;

/** Groupings, memberships (n-ary, with their sources) and stated member counts. */
final class GroupingMappers {
    private GroupingMappers() {}

    static List<FactMapper<?>> all(Iris iris) {
        return List.of(new Groupings(iris), new Memberships(iris), new Counts());
    }

    static Node grouping(PageIris page, String key) { return page.uri("/grouping/" + Iris.slug(key)); }

    /** Where a statement was read, and the citations behind it (Wikidata-style statement provenance). */
    static void provenance(Node n, Provenance p, PageIris page, Emitter out) {
        out.add(n, Ckg.inSentence, page.sentence(p.section(), p.sentence()));
        out.add(n, Ckg.inSection, page.section(p.section()));
        for (int c : p.citations()) out.add(n, Std.provWasDerivedFrom, page.citation(c));
    }

    private record Groupings(Iris iris) implements FactMapper<GroupingFact> {
        @Override public Class<GroupingFact> type() { return GroupingFact.class; }

        @Override public void map(GroupingFact g, PageIris page, Emitter out) {
            Node n = grouping(page, g.key());
            out.add(n, Std.type, g.kind());
            out.add(n, Std.type, Ckg.Grouping);
            out.add(n, Std.type, Ckg.Actor);
            out.english(n, Std.label, g.label());
            out.date(n, Ckg.date, g.date(), Ckg.datePrecision);
            if (g.date() != null) out.string(n, Ckg.dateQualifier, g.date().qualifier());
            if (g.leader() != null) out.add(n, Ckg.ledBy, CountryDescriber.describe(g.leader(), iris, out));
            provenance(n, g.provenance(), page, out);
        }
    }

    private record Memberships(Iris iris) implements FactMapper<MembershipFact> {
        @Override public Class<MembershipFact> type() { return MembershipFact.class; }

        @Override public void map(MembershipFact m, PageIris page, Emitter out) {
            Node country = CountryDescriber.describe(m.country(), iris, out);
            Node n = page.uri("/membership/" + Iris.slug(m.grouping()) + "/" + m.country().iso3());
            out.add(n, Std.type, Ckg.Membership);
            out.english(n, Std.label, m.country().name() + " in " + m.grouping());
            out.add(n, Ckg.member, country);
            out.add(n, Ckg.grouping, grouping(page, m.grouping()));
            out.date(n, Ckg.since, m.since(), null);
            out.string(n, Ckg.note, m.how());
            provenance(n, m.provenance(), page, out);
        }
    }

    private static final class Counts implements FactMapper<MemberCountFact> {
        @Override public Class<MemberCountFact> type() { return MemberCountFact.class; }

        @Override public void map(MemberCountFact c, PageIris page, Emitter out) {
            Node n = page.uri("/member-count/" + Iris.slug(c.grouping()));
            out.add(n, Std.type, Ckg.MemberCountClaim);
            out.add(n, Ckg.grouping, grouping(page, c.grouping()));
            out.integer(n, Ckg.statedCount, c.stated());
            out.integer(n, Ckg.resolvedCount, c.resolved());
            out.typed(n, Ckg.countDisagrees, Boolean.toString(c.disagrees()), XSDDatatype.XSDboolean);
            provenance(n, c.provenance(), page, out);
        }
    }
}
