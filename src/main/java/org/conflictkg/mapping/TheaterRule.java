package org.conflictkg.mapping;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which headings may name a theater, from {@code mapping.ttl}: a heading with a prefix such as
 * "In the" stripped, that the exclude pattern does not match. Whether the name is a place is the
 * page's to say ({@code map:PlaceContext}); see {@code TheaterExtractor}.
 */
public record TheaterRule(Pattern strip, Pattern exclude) {

    /** The name a heading (or a table column header) would give a theater, if any. */
    public Optional<String> theaterName(String heading) {
        String name = strip.matcher(heading.trim()).replaceAll("").trim();
        if (name.isEmpty() || excludes(name) || excludes(heading)) return Optional.empty();
        return Optional.of(name);
    }

    /** True for a heading about the article rather than a place: nothing under it names a theater. */
    public boolean excludes(String heading) {
        return exclude.matcher(heading.trim()).matches();
    }
}
