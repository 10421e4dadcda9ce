package org.conflictkg.doc;

import java.util.List;

/**
 * Running text as a reader sees it (markup removed), with what stood in it kept at offsets into
 * {@link #text()}: links, external links, templates, refs and italic spans.
 */
public record InlineText(String text, List<Link> links, List<ExternalLink> externalLinks,
                         List<Template> templates, List<RefUse> refs, List<Span> italics, int line) {

    public static final InlineText EMPTY = new InlineText("", List.of(), List.of(), List.of(), List.of(), List.of(), 0);

    public boolean isBlank() { return text.isBlank() && templates.isEmpty() && refs.isEmpty(); }

    /**
     * The part {@code [from, to)} with the refs that stand in {@code (from, refTo]}: a ref belongs
     * to the text it follows, so the refs after a sentence's last word, up to the next sentence, are its own.
     */
    public InlineText slice(int from, int to, int refTo, int lineOfSlice) {
        return new InlineText(text.substring(from, to),
                links.stream().filter(l -> l.start() >= from && l.start() < to).map(l -> l.shift(-from)).toList(),
                externalLinks.stream().filter(l -> l.start() >= from && l.start() < to).map(l -> l.shift(-from)).toList(),
                templates.stream().filter(t -> t.offset() >= from && t.offset() < to).map(t -> t.shift(-from)).toList(),
                refs.stream().filter(r -> r.offset() > from && r.offset() <= refTo
                        || from == 0 && r.offset() == 0).map(r -> r.shift(-from)).toList(),
                italics.stream().filter(s -> s.start() >= from && s.start() < to)
                        .map(s -> new Span(s.start() - from, Math.min(s.end(), to) - from)).toList(),
                lineOfSlice);
    }
}
