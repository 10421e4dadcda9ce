package org.conflictkg.countries;

import java.util.List;

/**
 * A country of the bundled reference table ({@code knowledge/countries.tsv}).
 *
 * @param wikipedia its English Wikipedia title
 * @param wikidata  its Wikidata item id, or "" where the table has none
 */
public record Country(String iso2, String iso3, String name, String wikipedia, String wikidata, List<String> aliases) {
}
