package org.conflictkg.extract;

/**
 * A fact read from an infobox that stands in a section of the page (a battle the section is about):
 * its statements are named under that infobox ({@code infobox} is its index among the page's
 * infoboxes), so that they never share a name with those of the page's own infobox.
 */
public record SectionInfoboxFact(int infobox, Fact fact) implements Fact {
    @Override public Provenance provenance() { return fact.provenance(); }
}
