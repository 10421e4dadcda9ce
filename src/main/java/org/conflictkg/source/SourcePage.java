package org.conflictkg.source;

import java.util.Objects;

/**
 * One page of input: its wikitext and what is known of where it came from.
 *
 * @param title      page title as MediaWiki shows it (spaces, not underscores)
 * @param pageId     MediaWiki page id, or {@code null} when the input does not say
 * @param revisionId MediaWiki revision id, or {@code null}
 * @param timestamp  revision timestamp (ISO 8601), or {@code null}
 * @param namespace  MediaWiki namespace number (0 for articles)
 * @param text       the wikitext
 * @param origin     where it was read from: a file path, or {@code bundled:...}
 * @param sourceUrl  the page's public URL, or {@code null}
 * @param license    licence IRI of the text, or {@code null}
 */
public record SourcePage(String title, Long pageId, Long revisionId, String timestamp, int namespace,
                         String text, String origin, String sourceUrl, String license) implements java.io.Serializable {

    public SourcePage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    /** A bare wikitext page with nothing known but its title and origin. */
    public static SourcePage of(String title, String text, String origin) {
        return new SourcePage(title, null, null, null, 0, text, origin, null, null);
    }

    /** The same page without its text: what metadata needs, without keeping the text in memory. */
    public SourcePage withoutText() {
        return new SourcePage(title, pageId, revisionId, timestamp, namespace, "", origin, sourceUrl, license);
    }

    /** English Wikipedia URL of a title, used when the input does not give one. */
    public static String wikipediaUrl(String title) {
        return "https://en.wikipedia.org/wiki/" + title.replace(' ', '_');
    }
}
