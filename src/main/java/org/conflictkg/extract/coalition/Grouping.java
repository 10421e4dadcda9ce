package org.conflictkg.extract.coalition;

import org.conflictkg.text.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.conflictkg.countries.Country;

/** A grouping being assembled from the statements about it, and its members once resolved. */
final class Grouping {
    final List<Statement> statements = new ArrayList<>();
    final int section;
    DateMention date;
    String place;
    String name;
    Node kind;
    Country leader;
    Integer count;
    Statement countStatement;
    /** Members in order, with how each was read; null until resolved. */
    Map<Country, String> members;
    boolean resolving;
    /** True when one of its sentences has words of alliance ({@code map:AllianceWords}), not only its headings. */
    boolean allianceWords;
    /** True when its name is only a description made here ("Russia-led coalition, 2015-09"), not one the text gives. */
    boolean described;

    Grouping(int section) { this.section = section; }

    void absorb(Statement s) {
        statements.add(s);
        // The first date stated, or a later one that supplies the year the first lacked.
        if (s.date != null && (date == null || date.year() == null && s.date.year() != null)) date = s.date;
        if (place == null) place = s.place;
        if (kind == null && s.hasMembers()) kind = s.kind;
        if (leader == null) leader = s.leader;
        if (count == null && s.count != null) { count = s.count; countStatement = s; }
    }

    boolean hasMembers() { return statements.stream().anyMatch(Statement::hasMembers); }

    Statement first() {
        return statements.stream().filter(Statement::hasMembers).findFirst().orElse(statements.get(0));
    }
}
