package org.conflictkg.doc;

import java.util.List;

/**
 * Running text as a reader sees it (markup removed), with what stood in it kept at offsets into
 * {@link #text()}: links, external links, templates, refs, italic and bold spans.
 */
public record InlineText(String text, List<Link> links, List<ExternalLink> externalLinks,
                         List<Template> templates, List<RefUse> refs, List<Span> italics, int line, List<Span> bold) {

    public static final InlineText EMPTY = new InlineText("", List.of(), List.of(), List.of(), List.of(), List.of(), 0);

    /** A text without bold spans. */
    public InlineText(String text, List<Link> links, List<ExternalLink> externalLinks,
                      List<Template> templates, List<RefUse> refs, List<Span> italics, int line) {
        this(text, links, externalLinks, templates, refs, italics, line, List.of());
    }

    /** The same text on another source line. */
    public InlineText withLine(int newLine) {
        return newLine == line ? this : new InlineText(text, links, externalLinks, templates, refs, italics, newLine, bold);
    }

    /** True when bold covers every visible character of {@code [from, to)} (spaces aside) and there is one. */
    public boolean boldOver(int from, int to) {
        boolean any = false;
        for (int i = from; i < to && i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) continue;
            any = true;
            final int at = i;
            if (bold.stream().noneMatch(b -> b.start() <= at && at < b.end())) return false;
        }
        return any;
    }

    public boolean isBlank() { return text.isBlank() && templates.isEmpty() && refs.isEmpty(); }

    /**
     * The part {@code [from, to)} with the refs that stand in {@code (from, refTo]}: a ref belongs
     * to the text it follows, so the refs after a sentence's last word, up to the next sentence, are its own.
     */
    public InlineText slice(int from, int to, int refTo, int lineOfSlice) {
        // Each list is in the order of its offsets: the part's entries are found by a binary search, so
        // cutting a paragraph into its sentences costs what the sentences hold, not sentences times the paragraph.
        return new InlineText(text.substring(from, to),
                within(links, Link::start, from, to).stream().map(l -> l.shift(-from)).toList(),
                within(externalLinks, ExternalLink::start, from, to).stream().map(l -> l.shift(-from)).toList(),
                within(templates, Template::offset, from, to).stream().map(t -> t.shift(-from)).toList(),
                within(refs, RefUse::offset, from == 0 ? 0 : from + 1, refTo + 1).stream().map(r -> r.shift(-from)).toList(),
                within(italics, Span::start, from, to).stream()
                        .map(s -> new Span(s.start() - from, Math.min(s.end(), to) - from)).toList(),
                lineOfSlice,
                clip(bold, from, to));
    }

    /** The entries of a list in ascending order of {@code key} whose key is in {@code [lo, hi)}. */
    private static <T> List<T> within(List<T> sorted, java.util.function.ToIntFunction<T> key, int lo, int hi) {
        if (sorted.isEmpty() || lo >= hi) return List.of();
        int a = 0, b = sorted.size();
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < lo) a = mid + 1; else b = mid;
        }
        int end = a;
        while (end < sorted.size() && key.applyAsInt(sorted.get(end)) < hi) end++;
        return sorted.subList(a, end);
    }

    /** The texts one after the other with {@code separator} between them, offsets shifted; the first line wins. */
    public static InlineText join(List<InlineText> parts, String separator) {
        if (parts.isEmpty()) return EMPTY;
        if (parts.size() == 1) return parts.get(0);
        StringBuilder sb = new StringBuilder();
        List<Link> links = new java.util.ArrayList<>();
        List<ExternalLink> external = new java.util.ArrayList<>();
        List<Template> templates = new java.util.ArrayList<>();
        List<RefUse> refs = new java.util.ArrayList<>();
        List<Span> italics = new java.util.ArrayList<>();
        List<Span> bold = new java.util.ArrayList<>();
        int line = 0;
        for (InlineText p : parts) {
            if (sb.length() > 0) sb.append(separator);
            int d = sb.length();
            sb.append(p.text());
            p.links().forEach(l -> links.add(l.shift(d)));
            p.externalLinks().forEach(l -> external.add(l.shift(d)));
            p.templates().forEach(t -> templates.add(t.shift(d)));
            p.refs().forEach(r -> refs.add(r.shift(d)));
            p.italics().forEach(s -> italics.add(s.shift(d)));
            p.bold().forEach(s -> bold.add(s.shift(d)));
            if (line <= 0) line = p.line();
        }
        return new InlineText(sb.toString(), List.copyOf(links), List.copyOf(external), List.copyOf(templates),
                List.copyOf(refs), List.copyOf(italics), line, List.copyOf(bold));
    }

    /** The same text with its refs replaced (same offsets) and its line set. */
    public InlineText withRefs(List<RefUse> newRefs, int newLine) {
        return new InlineText(text, links, externalLinks, templates, List.copyOf(newRefs), italics, newLine, bold);
    }

    /**
     * Without its leading whitespace: what stood at the start (a flag icon that shows nothing)
     * moves to offset 0 instead of being lost.
     */
    public InlineText stripLeading() {
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        if (k == 0) return this;
        int d = -k;
        return new InlineText(text.substring(k),
                links.stream().map(l -> l.shift(Math.max(d, -l.start()))).toList(),
                externalLinks.stream().map(l -> l.shift(Math.max(d, -l.start()))).toList(),
                templates.stream().map(t -> t.shift(Math.max(d, -t.offset()))).toList(),
                refs.stream().map(r -> r.shift(Math.max(d, -r.offset()))).toList(),
                italics.stream().map(s -> new Span(Math.max(0, s.start() + d), Math.max(0, s.end() + d))).toList(),
                line,
                bold.stream().map(s -> new Span(Math.max(0, s.start() + d), Math.max(0, s.end() + d))).toList());
    }

    /**
     * Like {@link #slice}, for a part that ends at a line break: a template standing right at its
     * end ("{{start date|...}}" alone on the line) belongs to it.
     */
    public InlineText lineSlice(int from, int to, int refTo) {
        InlineText s = slice(from, to, refTo, line);
        List<Template> atEnd = templates.stream().filter(t -> t.offset() == to && to >= from).map(t -> t.shift(-from)).toList();
        if (atEnd.isEmpty() || s.templates().containsAll(atEnd)) return s;
        List<Template> all = new java.util.ArrayList<>(s.templates());
        atEnd.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return new InlineText(s.text, s.links, s.externalLinks, List.copyOf(all), s.refs, s.italics, s.line, s.bold);
    }

    /** The spans that start within {@code [from, to)}, cut at {@code to} and shifted to start at {@code from}. */
    private static List<Span> clip(List<Span> spans, int from, int to) {
        if (spans.isEmpty()) return spans;
        return spans.stream().filter(s -> s.end() > from && s.start() < to)
                .map(s -> new Span(Math.max(s.start(), from) - from, Math.min(s.end(), to) - from)).toList();
    }
}
