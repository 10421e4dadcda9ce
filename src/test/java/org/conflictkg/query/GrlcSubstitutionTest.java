package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * grlc fills a query's parameters by replacing each {@code ?_name} / {@code ?__name} variable in the
 * text with the value's SPARQL form. Every saved query must still be SPARQL after that, with all
 * its parameters given and with none.
 */
class GrlcSubstitutionTest {
    static final Pattern VAR = Pattern.compile("\\?(__?[A-Za-z][A-Za-z0-9_]*)");

    /** The text with every parameter variable replaced as grlc replaces it. */
    static String substitute(String text, Map<String, String> samples) {
        Matcher m = VAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Param p = Param.fromVariable(m.group(1));
            String v = samples.getOrDefault(p.type(), "\"Sample\"");
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        return m.appendTail(sb).toString();
    }

    @TestFactory
    Stream<DynamicTest> everySavedQueryParsesAfterGrlcSubstitution() {
        Map<String, String> samples = Map.of("iri", "<https://w3id.org/conflict-kg/resource/country/FRA>",
                "xsd_date", "\"2014-08-01\"^^<http://www.w3.org/2001/XMLSchema#date>", "integer", "3");
        return SavedQueries.load(null).all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            String text = q.text().lines().filter(l -> !l.stripLeading().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            String filled = substitute(text, samples);
            assertDoesNotThrow(() -> QueryFactory.create(filled), () -> q.name() + " after substitution:\n" + filled);
            assertDoesNotThrow(() -> QueryFactory.create(text), q.name() + " with its parameters left unbound");
            assertNotNull(q.endpoint(), q.name() + " names its endpoint for grlc (#+ endpoint:)");
        }));
    }
}
