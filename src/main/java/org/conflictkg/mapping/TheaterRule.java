package org.conflictkg.mapping;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which headings name a theater, from {@code mapping.ttl}: headings of one level, with a prefix
 * such as "In the" stripped, that the exclude pattern does not match.
 */
public record TheaterRule(int headingLevel, Pattern strip, Pattern exclude) {

    /** The theater a heading (or a table column header) names, if any. */
    public Optional<String> theaterName(String heading) {
        String name = strip.matcher(heading.trim()).replaceAll("").trim();
        if (name.isEmpty() || exclude.matcher(name).matches() || exclude.matcher(heading.trim()).matches())
            return Optional.empty();
        return Optional.of(name);
    }
}
