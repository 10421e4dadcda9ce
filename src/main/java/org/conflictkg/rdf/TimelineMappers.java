package org.conflictkg.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Country;
import org.conflictkg.extract.CasualtyFact;
import org.conflictkg.extract.EventFact;
import org.conflictkg.extract.OperationFact;

/** Dated events and operations, each with where it was read and its sources. */
final class TimelineMappers {
    private TimelineMappers() {}

    static List<FactMapper<?>> all(Iris iris) {
        return List.of(new Events(iris), new Operations(iris), new Casualties());
    }

    private record Events(Iris iris) implements FactMapper<EventFact> {
        @Override public Class<EventFact> type() { return EventFact.class; }

        @Override public void map(EventFact e, PageIris page, Emitter out) {
            Node sentence = page.sentence(e.provenance().section(), e.provenance().sentence());
            Node n = page.uri("/event/" + sentence.getURI().substring(sentence.getURI().lastIndexOf('/') + 1));
            out.add(n, Std.type, Ckg.DatedEvent);
            out.date(n, Ckg.date, e.date(), Ckg.datePrecision);
            out.string(n, Ckg.dateQualifier, e.date().qualifier());
            out.date(n, Ckg.endDate, e.end(), null);
            if (e.theater() != null) out.add(n, Ckg.theater, iris.theater(e.theater()));
            for (Country c : e.actors()) out.add(n, Ckg.actor, CountryDescriber.describe(c, iris, out));
            out.string(n, Ckg.text, e.text());
            GroupingMappers.provenance(n, e.provenance(), page, out);
        }
    }

    private record Operations(Iris iris) implements FactMapper<OperationFact> {
        @Override public Class<OperationFact> type() { return OperationFact.class; }

        @Override public void map(OperationFact o, PageIris page, Emitter out) {
            Node n = iris.wikiEntity(o.title());
            out.add(n, Std.type, Ckg.MilitaryOperation);
            out.english(n, Std.label, o.title());
            if (o.leader() != null) out.add(n, Ckg.ledBy, CountryDescriber.describe(o.leader(), iris, out));
            if (o.theater() != null) out.add(n, Ckg.theater, iris.theater(o.theater()));
            out.date(n, Ckg.startDate, o.start(), null);
            out.date(n, Ckg.endDate, o.end(), null);
            Node where = page.sentence(o.provenance().section(), o.provenance().sentence());
            out.add(n, Ckg.mentionedIn, where != null ? where : page.section(o.provenance().section()));
        }
    }

    private static final class Casualties implements FactMapper<CasualtyFact> {
        @Override public Class<CasualtyFact> type() { return CasualtyFact.class; }

        @Override public void map(CasualtyFact c, PageIris page, Emitter out) {
            Node sentence = page.sentence(c.provenance().section(), c.provenance().sentence());
            Node n = page.uri("/casualty-claim/" + sentence.getURI().substring(sentence.getURI().lastIndexOf('/') + 1) + "-" + c.ordinal());
            out.add(n, Std.type, Ckg.CasualtyClaim);
            if (c.figure() != null) out.integer(n, Ckg.figure, c.figure());
            if (c.min() != null) out.integer(n, Ckg.figureMin, c.min());
            if (c.max() != null) out.integer(n, Ckg.figureMax, c.max());
            out.string(n, Ckg.figureQualifier, c.qualifier());
            out.string(n, Ckg.groupCounted, c.group());
            out.add(n, Ckg.lossKind, c.lossKind());
            out.string(n, Ckg.claimantName, c.claimant());
            out.date(n, Ckg.date, c.date(), Ckg.datePrecision);
            out.string(n, Ckg.text, c.text());
            GroupingMappers.provenance(n, c.provenance(), page, out);
        }
    }
}
