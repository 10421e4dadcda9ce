package org.conflictkg.pipeline;

import java.util.List;

import org.conflictkg.extract.CitationExtractor;
import org.conflictkg.countries.Countries;
import org.conflictkg.countries.CountryRecognizer;
import org.conflictkg.extract.CasualtyExtractor;
import org.conflictkg.extract.EventExtractor;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.OperationExtractor;
import org.conflictkg.extract.KeyedTableExtractor;
import org.conflictkg.extract.coalition.GroupingExtractor;
import org.conflictkg.extract.LinkExtractor;
import org.conflictkg.extract.SectionExtractor;
import org.conflictkg.extract.TheaterExtractor;
import org.conflictkg.extract.TitledEntityExtractor;
import org.conflictkg.extract.conflict.ConflictExtractor;
import org.conflictkg.mapping.MappingRules;

/** The extractors a run uses, listed explicitly (no classpath scanning). */
public final class Extractors {
    private Extractors() {}

    /** The standard extractors with the bundled mapping rules. */
    public static List<Extractor> standard() {
        return standard(MappingRules.load(null));
    }

    public static List<Extractor> standard(MappingRules rules) {
        return List.of(new SectionExtractor(), new CitationExtractor(), new LinkExtractor(),
                new TitledEntityExtractor(rules), new TheaterExtractor(rules),
                new KeyedTableExtractor(rules, new CountryRecognizer(Countries.bundled())),
                new GroupingExtractor(rules, new CountryRecognizer(Countries.bundled())),
                new EventExtractor(rules, new CountryRecognizer(Countries.bundled())),
                new OperationExtractor(rules, new CountryRecognizer(Countries.bundled())),
                new ConflictExtractor(rules, Countries.bundled()),
                new CasualtyExtractor(rules));
    }
}
