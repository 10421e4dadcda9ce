package org.conflictkg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDF;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.extract.Fact;
import org.conflictkg.extract.SectionInfoboxFact;
import org.conflictkg.extract.TranscludedFact;
import org.conflictkg.extract.conflict.ConflictFacts;
import org.conflictkg.mapping.MappingRules;

/**
 * Maps the facts of one page into that page's named graph. Each kind of fact has its converter;
 * a fact with none is a programming error, reported at once.
 *
 * <pre>{@code
 * long triples = new RdfMapper(Iris.defaults()).map(doc, facts, StreamRDFLib.dataset(dsg));
 * }</pre>
 */
public final class RdfMapper {
    private final Iris iris;
    private final Map<Class<?>, FactMapper<?>> mappers = new HashMap<>();

    public RdfMapper(Iris iris) {
        this(iris, MappingRules.load(null));
    }

    public RdfMapper(Iris iris, MappingRules rules) {
        this(iris, converters(iris, rules));
    }

    private static List<FactMapper<?>> converters(Iris iris, MappingRules rules) {
        List<FactMapper<?>> all = new java.util.ArrayList<>(List.of(new CitationMapper(), new SectionMapper(),
                new SentenceMapper(), new LinkMapper(), new TitledEntityMapper(iris), new TheaterMapper(iris),
                new KeyedTableMapper(iris, rules), new TableRowMapper(iris), new InvolvementMapper(iris)));
        all.addAll(GroupingMappers.all(iris));
        all.addAll(TimelineMappers.all(iris));
        all.addAll(ConflictMappers.all(iris));
        return all;
    }

    public RdfMapper(Iris iris, List<FactMapper<?>> converters) {
        this.iris = iris;
        converters.forEach(m -> mappers.put(m.type(), m));
    }

    public Iris iris() { return iris; }

    /** Writes the page graph; returns the number of quads written. */
    public long map(WikiDocument doc, List<Fact> facts, StreamRDF out) {
        PageIris pageIris = new PageIris(doc, iris);
        for (Fact f : facts)
            if (f instanceof ConflictFacts.PrimaryTopic t) pageIris.subject(iris.wikiEntity(t.title()));
        Emitter emit = new Emitter(out, pageIris.graph());
        PageMapper.map(doc.page(), pageIris, emit);
        for (WikiDocument t : doc.transcluded()) {
            PageIris ti = new PageIris(t, iris);
            pageIris.addTranscluded(t.page().title(), ti);
            PageMapper.map(t.page(), ti, emit);
        }
        for (Fact f : facts) {
            org.conflictkg.diag.PageDeadline.check();
            mapOne(f, pageIris, emit);
        }
        return emit.count();
    }

    @SuppressWarnings("unchecked")
    private <F extends Fact> void mapOne(F fact, PageIris pageIris, Emitter emit) {
        if (fact instanceof TranscludedFact t) { mapOne(t.fact(), pageIris.transcluded(t.page()), emit); return; }
        if (fact instanceof SectionInfoboxFact s) { mapOne(s.fact(), pageIris.scoped("infobox-" + s.infobox()), emit); return; }
        FactMapper<F> m = (FactMapper<F>) mappers.get(fact.getClass());
        if (m == null) throw new IllegalStateException("no RDF converter for " + fact.getClass().getSimpleName());
        m.map(fact, pageIris, emit);
    }
}
