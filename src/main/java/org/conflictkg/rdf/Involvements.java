package org.conflictkg.rdf;

import org.apache.jena.graph.Node;

/**
 * One involvement model for every kind of evidence: a belligerent of an infobox side and a
 * participant a category names are involvements too, of the types "belligerent" and "category"
 * (individuals of the ontology), beside the coloured cells of an involvement table.
 */
final class Involvements {
    private Involvements() {}

    /** Types a participation node as an involvement of {@code actor}, of this kind of evidence. */
    static void of(Node statement, Node actor, Node type, String typeLabel, Emitter out) {
        out.add(statement, Std.type, Ckg.Involvement);
        out.add(statement, Ckg.actor, actor);
        out.add(statement, Ckg.involvementType, type);
        // The type's label in the page's own graph too: the saved queries read each page graph alone.
        if (out.firstTime(type.getURI())) {
            out.add(type, Std.type, Ckg.InvolvementType);
            out.add(type, Std.type, Std.skosConcept);
            out.english(type, Std.skosPrefLabel, typeLabel);
            out.add(type, Std.skosInScheme, Ckg.EvidenceTypes);
        }
    }
}
