package org.conflictkg.extract.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.conflictkg.extract.Fact;
import org.conflictkg.text.DateValue;

/**
 * The sides of an infobox as groupings: each side with two or more parties, labelled by the side's
 * heading ("Allies") or else by the conflict's name and the side's number, with its parties as
 * members from the conflict's start.
 */
final class Sides {
    private Sides() {}

    static List<ConflictFacts.Side> of(String title, String name, List<Fact> read, FieldReader reader) {
        Map<Integer, List<ConflictFacts.Party>> bySide = new TreeMap<>();
        DateValue start = null;
        for (Fact f : read) {
            if (f instanceof ConflictFacts.Party p && p.side() > 0) bySide.computeIfAbsent(p.side(), k -> new ArrayList<>()).add(p);
            if (f instanceof ConflictFacts.Dates d && start == null) start = d.start();
        }
        List<ConflictFacts.Side> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ConflictFacts.Party>> e : bySide.entrySet()) {
            List<ConflictFacts.Party> parties = e.getValue();
            if (parties.size() < 2) continue;
            var heading = reader.heading(e.getKey());
            String label = heading.orElse(name + ", side " + e.getKey());
            ConflictFacts.Party first = parties.get(0);
            out.add(new ConflictFacts.Side(title, e.getKey(), label, heading.isPresent(), List.copyOf(parties), start,
                    first.field(), first.provenance()));
        }
        return out;
    }
}
