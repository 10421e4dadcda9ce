package org.conflictkg.query;

import java.util.Map;
import java.util.Set;

/**
 * Which rows of a saved query's result to return: {@code limit} and {@code offset}, parameters every
 * saved query takes (they are no SPARQL variables). The server's row cap bounds the limit.
 *
 * @param limit  rows wanted, or null for all (up to the cap)
 * @param offset rows skipped first
 */
public record Paging(Long limit, long offset) {
    public static final Set<String> NAMES = Set.of("limit", "offset");
    public static final Paging ALL = new Paging(null, 0);

    /** The paging a request asks for; a value that is no non-negative integer is a bad parameter. */
    public static Paging of(Map<String, String> values) {
        return new Paging(number(values, "limit"), values.containsKey("offset") ? number(values, "offset") : 0);
    }

    /** The rows to return at most, with the cap applied (Long.MAX_VALUE for no bound). */
    public long bound(long cap) {
        return Math.min(limit == null ? Long.MAX_VALUE : limit, cap);
    }

    private static Long number(Map<String, String> values, String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) return null;
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number of rows, 0 or more, got '" + v + "'");
        }
    }
}
