package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.*;
import org.conflictkg.source.SourcePage;
import org.sweble.wikitext.parser.nodes.*;

/**
 * Turns a Sweble AST into the {@link WikiDocument} model: flat sections with heading paths,
 * blocks (paragraphs split into sentences, tables, stand-alone templates) and resolved refs.
 *
 * <pre>{@code
 * WikiDocument doc = new DocumentBuilder(new SwebleParser()).build(page, diagnostics::accept);
 * }</pre>
 */
public final class DocumentBuilder {
    private final SwebleParser parser;
    private final TemplateRendering rendering = TemplateRendering.defaults();

    private final PieceCuts.Limits limits;

    public DocumentBuilder(SwebleParser parser) { this(parser, PieceCuts.Limits.DEFAULT); }

    /** With other limits to the pieces a long section is parsed in: for tests that the cuts change nothing. */
    DocumentBuilder(SwebleParser parser, PieceCuts.Limits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    public WikiDocument build(SourcePage page, Consumer<Diagnostic> diagnostics) throws SwebleParser.ParseFailure {
        for (Diagnostic d : MarkupCheck.check(page.title(), page.text())) diagnostics.accept(d);
        PageParse.Parsed parsed = PageParse.parse(parser, page.title(), page.text(), limits);
        Walk walk = new Walk(parsed.headingLines(), parsed.anchors(), new RefCollector(parsed.marks()));
        walk.section(parsed.nodes(), 1, "", List.of(), -1, 1);
        List<RefUse> refs = walk.refs.all();
        // Texts Sweble left raw, parsed again in one batch: infobox fields, then gallery captions.
        InfoboxReader infoboxes = InfoboxReader.find(parsed.nodes());
        List<String> texts = new ArrayList<>(infoboxes.texts());
        walk.galleries.forEach(g -> texts.add(g.text()));
        List<BatchParse.Part> parts = BatchParse.parse(parser, page.title(), texts);
        int fields = infoboxes.texts().size();
        List<Infobox> boxes = infoboxes.build(parts.subList(0, fields), refs, rendering);
        walk.addGalleryCaptions(parts.subList(fields, parts.size()));
        List<Section> sections = walk.sections;
        RefResolver.Result resolved = RefResolver.resolve(page.title(), refs, sections, diagnostics);
        Map<Integer, InlineText> bodies = new HashMap<>(walk.refs.bodies());
        List<RefUse> unparsed = resolved.defining().stream().filter(r -> !bodies.containsKey(r.index())).toList();
        bodies.putAll(RefBodies.parse(parser, page.title(), unparsed, rendering));
        return new WikiDocument(page, List.copyOf(sections), refs, Map.copyOf(bodies), Map.copyOf(resolved.definition()),
                boxes, List.copyOf(walk.categories));
    }

    /** The state of one walk over a page. */
    private final class Walk implements SourceLines {
        final RefCollector refs;
        final List<Section> sections = new ArrayList<>();
        final List<Integer> headingLines;
        final List<Category> categories = new ArrayList<>();
        final List<GalleryCaption> galleries = new ArrayList<>();
        int tables;
        final java.util.Set<WtNode> anchors;
        int drift; // true line minus Sweble's line, re-anchored at each heading and each piece

        Walk(List<Integer> headingLines, java.util.Set<WtNode> anchors, RefCollector refs) {
            this.headingLines = headingLines;
            this.anchors = anchors;
            this.refs = refs;
        }

        @Override public int fix(int swebleLine) { return swebleLine <= 0 ? swebleLine : swebleLine + drift; }

        @Override public void folded(int lineBreaks) { drift += lineBreaks; }

        /**
         * The renderer gives the line of the first visible character; a template or ref that the
         * text holds, placed exactly by the preprocessor, on an earlier line wins.
         */
        InlineText fixLine(InlineText t) {
            int line = t.line();
            for (Template tp : t.templates()) if (tp.line() > 0 && (line <= 0 || tp.line() < line)) line = tp.line();
            for (RefUse r : t.refs()) if (r.line() > 0 && (line <= 0 || r.line() < line)) line = r.line();
            return t.withLine(line);
        }

        void section(Iterable<WtNode> body, int level, String heading, List<String> path, int parent, int line) {
            int index = sections.size();
            if (index > 0 && index - 1 < headingLines.size()) {
                int actual = headingLines.get(index - 1);
                drift = actual - line;
                line = actual;
            }
            List<Block> blocks = new ArrayList<>();
            sections.add(null); // reserve the index: document order puts a section before its subsections
            List<WtNode> pending = new ArrayList<>();
            List<WtSection> subsections = new ArrayList<>();
            for (WtNode n : body) {
                if (anchors.contains(n)) { // the first node of a piece: its lines are the page's own again
                    flush(pending, blocks);
                    drift = 0;
                }
                if (n instanceof WtSection s) { flush(pending, blocks); subsections.add(s); continue; }
                if (!subsections.isEmpty()) { // stray content after a subsection belongs to it in wikitext; keep it here
                    pending.add(n);
                    continue;
                }
                block(n, pending, blocks);
            }
            flush(pending, blocks);
            sections.set(index, new Section(index, level, heading, path, parent, line, List.copyOf(blocks)));
            for (WtSection s : subsections) {
                String h = InlineRenderer.render(s.getHeading(), refs, rendering).text().trim();
                List<String> p = new ArrayList<>(path);
                p.add(h);
                section(s.getBody(), s.getLevel(), h, List.copyOf(p), index, Nodes.line(s.getHeading()));
            }
        }

        void block(WtNode n, List<WtNode> pending, List<Block> blocks) {
            org.conflictkg.diag.PageDeadline.check();
            if (n instanceof WtParagraph p) { flush(pending, blocks); paragraph(p, false, blocks); }
            else if (n instanceof WtTable t) { flush(pending, blocks); blocks.add(table(t)); }
            else if (n instanceof WtUnorderedList || n instanceof WtOrderedList || n instanceof WtDefinitionList) {
                flush(pending, blocks);
                list(n, blocks);
            } else if (n instanceof WtHorizontalRule) flush(pending, blocks);
            else pending.add(n);
        }

        void flush(List<WtNode> pending, List<Block> blocks) {
            if (pending.isEmpty()) return;
            paragraph(List.copyOf(pending), false, blocks);
            pending.clear();
        }

        void list(WtNode list, List<Block> blocks) {
            for (WtNode item : list) {
                if (!(item instanceof WtListItem || item instanceof WtDefinitionListTerm || item instanceof WtDefinitionListDef))
                    continue;
                List<WtNode> own = new ArrayList<>();
                List<WtNode> nested = new ArrayList<>();
                for (WtNode c : item)
                    (c instanceof WtUnorderedList || c instanceof WtOrderedList || c instanceof WtDefinitionList ? nested : own).add(c);
                paragraph(own, true, blocks);
                for (WtNode l : nested) list(l, blocks);
            }
        }

        void paragraph(Iterable<? extends WtNode> nodes, boolean listItem, List<Block> blocks) {
            InlineRenderer.Rendered r = InlineRenderer.renderBlock(nodes, refs, rendering, this);
            List<Template> standalone = r.standalone();
            InlineText text = fixLine(r.text());
            boolean before = true;
            for (Template t : standalone) if (t.offset() > 0) before = false;
            if (before) standalone.forEach(t -> blocks.add(new BlockTemplate(t)));
            if (!text.isBlank()) addParagraph(text, listItem, false, blocks);
            for (InlineText caption : r.captions()) addParagraph(fixLine(caption), false, true, blocks);
            if (!before) standalone.forEach(t -> blocks.add(new BlockTemplate(t)));
            categories.addAll(r.categories());
            for (InlineRenderer.Gallery g : r.galleries()) GalleryCaption.of(g, sections.size() - 1, galleries);
        }

        void addParagraph(InlineText text, boolean listItem, boolean caption, List<Block> blocks) {
            int first = blocks.stream().filter(Paragraph.class::isInstance)
                    .mapToInt(b -> ((Paragraph) b).sentences().size()).sum();
            blocks.add(new Paragraph(text, SentenceSplitter.split(text, first), listItem, caption));
        }

        /**
         * The captions of the galleries, parsed in the batch, as caption paragraphs at the end of
         * their sections (sentence numbers go on from the section's last).
         */
        void addGalleryCaptions(List<BatchParse.Part> parts) {
            for (int i = 0; i < parts.size(); i++) {
                GalleryCaption g = galleries.get(i);
                InlineText t = InlineRenderer.render(parts.get(i).nodes(), new RefCollector(), rendering);
                if (t.text().isBlank()) continue;
                Section s = sections.get(g.section());
                List<Block> blocks = new ArrayList<>(s.blocks());
                addParagraph(t.withRefs(List.of(), g.line()), false, true, blocks);
                sections.set(s.index(), new Section(s.index(), s.level(), s.heading(), s.path(), s.parent(), s.line(),
                        List.copyOf(blocks)));
            }
        }

        Table table(WtTable t) {
            List<TableRow> rows = new ArrayList<>();
            InlineText[] caption = {InlineText.EMPTY};
            List<TableCell> loose = new ArrayList<>();
            tableBody(t.getBody(), rows, loose, caption);
            if (!loose.isEmpty()) rows.add(new TableRow(Map.of(), List.copyOf(loose), loose.get(0).line()));
            return new Table(tables++, Nodes.attributes(t.getXmlAttributes()), caption[0], List.copyOf(rows), fix(Nodes.line(t)));
        }

        void tableBody(WtNode body, List<TableRow> rows, List<TableCell> loose, InlineText[] caption) {
            for (WtNode n : body) {
                if (n instanceof WtTableRow row) {
                    if (!loose.isEmpty()) { rows.add(new TableRow(Map.of(), List.copyOf(loose), loose.get(0).line())); loose.clear(); }
                    List<TableCell> cells = new ArrayList<>();
                    for (WtNode c : row.getBody()) cell(c, cells);
                    if (!cells.isEmpty())
                        rows.add(new TableRow(Nodes.attributes(row.getXmlAttributes()), List.copyOf(cells), cells.get(0).line()));
                } else if (n instanceof WtTableCaption c) {
                    caption[0] = InlineRenderer.render(c.getBody(), refs, rendering);
                } else if (n instanceof WtTableCell || n instanceof WtTableHeader) {
                    cell(n, loose);
                } else if (n instanceof WtTableImplicitTableBody || n instanceof WtBody) {
                    tableBody(n, rows, loose, caption);
                }
            }
        }

        void cell(WtNode c, List<TableCell> cells) {
            WtXmlAttributes attrs;
            WtBody body;
            boolean header;
            if (c instanceof WtTableHeader h) { attrs = h.getXmlAttributes(); body = h.getBody(); header = true; }
            else if (c instanceof WtTableCell d) { attrs = d.getXmlAttributes(); body = d.getBody(); header = false; }
            else return;
            Map<String, String> a = Nodes.attributes(attrs);
            InlineText content = fixLine(InlineRenderer.render(body, refs, rendering, this));
            int line = fix(Nodes.line(c));
            cells.add(new TableCell(header, a, content, span(a.get("rowspan")), span(a.get("colspan")),
                    line <= 0 ? content.line() : line));
        }

        int span(String v) {
            if (v == null) return 1;
            try { return Math.max(1, Integer.parseInt(v.replaceAll("[^0-9]", ""))); }
            catch (NumberFormatException e) { return 1; }
        }
    }
}
