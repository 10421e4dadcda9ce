package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.conflictkg.doc.Category;
import org.conflictkg.doc.ExternalLink;
import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.Span;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.TemplateArg;
import org.sweble.wikitext.parser.nodes.*;

/**
 * Renders inline Sweble nodes to {@link InlineText}: the text a reader sees, with links,
 * templates, refs and italics kept at their offsets. Templates are data, never expanded;
 * {@link TemplateRendering} supplies the few words some of them show.
 */
final class InlineRenderer {
    private final StringBuilder sb = new StringBuilder();
    private final List<Link> links = new ArrayList<>();
    private final List<ExternalLink> externalLinks = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();
    private final List<Integer> templateEnds = new ArrayList<>();
    private final List<RefUse> refs = new ArrayList<>();
    private final List<Span> italics = new ArrayList<>();
    private final List<Span> bold = new ArrayList<>();
    private final RefCollector refCollector;
    private final TemplateRendering rendering;
    private int line;
    private final FirstLine first;
    private final SourceLines lines;
    private final List<InlineText> captions = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<Gallery> galleries = new ArrayList<>();
    /** In a field of an infobox, line breaks and {@code <br>} separate entries: they render as {@link #BREAK}. */
    private boolean keepBreaks;

    /** Stands for a line break where breaks are kept; never whitespace, so collapsing keeps it. */
    static final char BREAK = '\uE000';

    /** The raw body of a {@code <gallery>}: one image and its caption per line. */
    record Gallery(String body, int line) {}

    InlineRenderer(RefCollector refCollector, TemplateRendering rendering, SourceLines lines) {
        this.refCollector = refCollector;
        this.rendering = rendering;
        this.lines = lines;
        this.first = new FirstLine(lines);
    }

    /**
     * Rendered text, the templates that stood alone on their own line ({@code {{Main|...}}}), the
     * captions of the thumbnails in it, its category links and its galleries.
     */
    record Rendered(InlineText text, List<Template> standalone, List<InlineText> captions, List<Category> categories,
                    List<Gallery> galleries) {}

    /** Like {@link #render}, with line breaks and {@code <br>} kept as {@link #BREAK}: for the fields of infoboxes. */
    static InlineText renderKeepingBreaks(Iterable<? extends WtNode> nodes, RefCollector refs, TemplateRendering rendering,
                                          SourceLines lines) {
        InlineRenderer r = new InlineRenderer(refs, rendering, lines);
        r.keepBreaks = true;
        for (WtNode n : nodes) r.visit(n);
        return r.result();
    }

    static InlineText render(Iterable<? extends WtNode> nodes, RefCollector refs, TemplateRendering rendering) {
        return render(nodes, refs, rendering, SourceLines.AS_PARSED);
    }

    static InlineText render(Iterable<? extends WtNode> nodes, RefCollector refs, TemplateRendering rendering,
                             SourceLines lines) {
        InlineRenderer r = new InlineRenderer(refs, rendering, lines);
        for (WtNode n : nodes) r.visit(n);
        return r.result();
    }

    static Rendered renderBlock(Iterable<? extends WtNode> nodes, RefCollector refs, TemplateRendering rendering,
                                SourceLines lines) {
        InlineRenderer r = new InlineRenderer(refs, rendering, lines);
        for (WtNode n : nodes) r.visit(n);
        List<Template> standalone = r.standaloneTemplates();
        InlineText t = r.result();
        if (standalone.isEmpty())
            return new Rendered(t, List.of(), List.copyOf(r.captions), List.copyOf(r.categories), List.copyOf(r.galleries));
        List<Template> rest = new ArrayList<>();
        for (int i = 0; i < t.templates().size(); i++)
            if (!standalone.contains(r.templates.get(i))) rest.add(t.templates().get(i));
        return new Rendered(new InlineText(t.text(), t.links(), t.externalLinks(), rest, t.refs(), t.italics(), t.line(), t.bold()),
                standalone, List.copyOf(r.captions), List.copyOf(r.categories), List.copyOf(r.galleries));
    }

    /** Templates that render as nothing and have only whitespace between them and the line breaks around them. */
    private List<Template> standaloneTemplates() {
        List<Template> out = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            Template t = templates.get(i);
            int start = t.offset(), end = templateEnds.get(i);
            if (end != start) continue;
            if (onlySpaceTo(start, -1) && onlySpaceTo(end, +1)) out.add(t);
        }
        return out;
    }

    private boolean onlySpaceTo(int from, int dir) {
        for (int i = dir < 0 ? from - 1 : from; i >= 0 && i < sb.length(); i += dir) {
            char c = sb.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    InlineText result() {
        // Collapse runs of whitespace, shifting offsets so that they still point into the text.
        String raw = sb.toString();
        int line = first.line() > 0 ? first.line() : lines.fix(this.line);
        if (isCollapsed(raw))
            return new InlineText(raw, List.copyOf(links), List.copyOf(externalLinks), List.copyOf(templates), List.copyOf(refs),
                    List.copyOf(italics), line, List.copyOf(bold));
        int[] map = new int[raw.length() + 1];
        String text = collapse(raw, map);
        final int end = text.length();
        java.util.function.IntUnaryOperator at = i -> Math.min(map[i], end);
        return new InlineText(text,
                links.stream().map(l -> new Link(l.target(), l.label(), at.applyAsInt(l.start()), at.applyAsInt(l.end()))).toList(),
                externalLinks.stream().map(l -> new ExternalLink(l.url(), l.label(), at.applyAsInt(l.start()), at.applyAsInt(l.end()))).toList(),
                templates.stream().map(t -> new Template(t.name(), t.args(), t.line(), at.applyAsInt(t.offset()))).toList(),
                refs.stream().map(r -> new RefUse(r.index(), r.name(), r.group(), r.body(), r.line(), at.applyAsInt(r.offset()))).toList(),
                italics.stream().map(s -> new Span(at.applyAsInt(s.start()), at.applyAsInt(s.end()))).toList(),
                line,
                bold.stream().map(s -> new Span(at.applyAsInt(s.start()), at.applyAsInt(s.end()))).toList());
    }

    /**
     * What {@link #render} gives for nodes that are all plain text, or null for any other node: most
     * template arguments (a citation's url, title, date) are one text node, and a whole renderer
     * for each of the thousands a page holds is garbage.
     */
    private static InlineText textOnly(WtNode value) {
        String text = null;
        int line = 0;
        FirstLine first = new FirstLine(SourceLines.AS_PARSED);
        for (WtNode n : value) {
            if (!(n instanceof WtText t)) return null;
            if (n.getNativeLocation() != null) {
                if (line == 0) line = n.getNativeLocation().getLine();
                first.at(n.getNativeLocation().getLine(), false);
            }
            first.text(t.getContent());
            text = text == null ? t.getContent() : text + t.getContent();
        }
        if (text == null) text = "";
        int at = first.line() > 0 ? first.line() : line;
        return new InlineText(isCollapsed(text) ? text : collapse(text, null), List.of(), List.of(), List.of(), List.of(), List.of(), at);
    }

    /** Runs of whitespace as one space, none at either end; {@code map}, when given, gets each raw offset's new one. */
    private static String collapse(String raw, int[] map) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (map != null) map[i] = out.length();
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space && out.length() > 0) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        if (map != null) map[raw.length()] = out.length();
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') len--;
        out.setLength(len);
        return out.toString();
    }

    /** True when collapsing whitespace would change nothing, so that no offset moves (most small texts). */
    private static boolean isCollapsed(String raw) {
        boolean space = true; // a leading space is collapsed away
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00A0';
            if (ws && (space || c != ' ')) return false;
            space = ws;
        }
        return !space || raw.isEmpty();
    }

    void visit(WtNode n) {
        if (n.getNativeLocation() != null) {
            if (line == 0) line = n.getNativeLocation().getLine();
            first.at(n.getNativeLocation().getLine(), n instanceof WtTemplate || n instanceof WtTagExtension);
        }
        if (n instanceof WtText t) appendText(t.getContent());
        else if (n instanceof WtInternalLink l) internalLink(l);
        else if (n instanceof WtExternalLink l) externalLink(l);
        else if (n instanceof WtUrl u) bareUrl(u);
        else if (n instanceof WtTemplate t) template(t);
        else if (n instanceof WtTagExtension x) tagExtension(x);
        else if (n instanceof WtItalics || n instanceof WtBold) styled(n);
        else if (n instanceof WtXmlEntityRef e) append(e.getResolved() == null ? "&" + e.getName() + ";" : e.getResolved());
        else if (n instanceof WtXmlCharRef c) append(new String(Character.toChars(c.getCodePoint())));
        else if (n instanceof WtXmlElement e) xmlElement(e);
        else if (n instanceof WtImageLink img) {
            first.at(Nodes.line(img), false); // its own words are not the text's, but its line is a landmark
            if (img.hasTitle()) caption(img);
        }
        else if (n instanceof WtNewline) { if (keepBreaks) { sb.append(BREAK); first.text("\n"); } else append("\n"); }
        else if (n instanceof WtXmlComment || n instanceof WtIgnored || n instanceof WtTemplateParameter
                || n instanceof WtXmlStartTag || n instanceof WtXmlEndTag || n instanceof WtXmlAttributes
                || n instanceof WtPageSwitch || n instanceof WtSignature || n instanceof WtHorizontalRule) { /* invisible */ }
        else for (WtNode c : n) visit(c);
    }

    private void append(String s) {
        sb.append(s);
        first.text(s);
    }

    private void appendText(String s) {
        if (!keepBreaks || s.indexOf('\n') < 0) { append(s); return; }
        sb.append(s.replace('\n', BREAK));
        first.text(s);
    }

    /**
     * A thumbnail's or framed image's caption is shown to readers and kept as its own text; the
     * title of an inline image (an icon, a flag) is a tooltip and is not.
     */
    private void caption(WtImageLink img) {
        InlineText c = render(img.getTitle(), refCollector, rendering, lines);
        WtImageLink.ImageViewFormat f = img.getFormat();
        boolean shown = f == WtImageLink.ImageViewFormat.THUMBNAIL || f == WtImageLink.ImageViewFormat.FRAME;
        if (shown && !c.text().isBlank()) captions.add(c);
    }

    private void styled(WtNode n) {
        int start = sb.length();
        for (WtNode c : n) visit(c);
        if (sb.length() > start) (n instanceof WtItalics ? italics : bold).add(new Span(start, sb.length()));
    }

    private void internalLink(WtInternalLink l) {
        String target = l.getTarget().isResolved() ? l.getTarget().getAsString() : Nodes.plain(l.getTarget());
        String ns = target.contains(":") ? target.substring(0, target.indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
        if (ns.equals("category")) {
            String sort = l.hasTitle() ? Nodes.plain(l.getTitle()).trim() : "";
            categories.add(new Category(org.conflictkg.text.Spaces.collapse(target.substring(target.indexOf(':') + 1).replace('_', ' ')),
                    sort, lines.fix(Nodes.line(l))));
            return;
        }
        if (ns.equals("file") || ns.equals("image")) return;
        int start = sb.length();
        append(l.getPrefix());
        if (l.hasTitle()) for (WtNode c : l.getTitle()) visit(c);
        else append(target.startsWith(":") ? target.substring(1) : target);
        append(l.getPostfix());
        String label = sb.substring(start).trim();
        links.add(new Link(target.startsWith(":") ? target.substring(1) : target, label, start, sb.length()));
    }

    private void externalLink(WtExternalLink l) {
        String url = l.getTarget().getProtocol() + ":" + l.getTarget().getPath();
        int start = sb.length();
        if (l.hasTitle()) for (WtNode c : l.getTitle()) visit(c);
        externalLinks.add(new ExternalLink(url, sb.substring(start).trim(), start, sb.length()));
    }

    private void bareUrl(WtUrl u) {
        String url = u.getProtocol() + ":" + u.getPath();
        int start = sb.length();
        append(url);
        externalLinks.add(new ExternalLink(url, "", start, sb.length()));
    }

    private void template(WtTemplate t) {
        String name = t.getName().isResolved() ? t.getName().getAsString() : Nodes.plain(t.getName());
        List<TemplateArg> args = new ArrayList<>();
        for (WtNode a : t.getArgs()) {
            if (!(a instanceof WtTemplateArgument arg)) continue;
            String argName = arg.hasName() ? Nodes.plain(arg.getName()).trim() : null;
            InlineText value = textOnly(arg.getValue());
            args.add(new TemplateArg(argName, ArgMarkup.clean(value != null ? value : render(arg.getValue(), refCollector, rendering))));
        }
        int l = Nodes.line(t);
        Template tpl = Template.of(name, args, l == 0 ? line : l, sb.length());
        templates.add(tpl);
        append(rendering.render(tpl));
        templateEnds.add(sb.length());
        // The preprocessor folds a template onto one line: what follows it starts on its last line.
        int folded = Nodes.newlines(t);
        if (folded > 0) lines.folded(folded);
        if (l > 0) first.at(l + folded, true);
    }

    private void tagExtension(WtTagExtension x) {
        String name = x.getName().toLowerCase(Locale.ROOT);
        int folded = x.hasBody() ? Nodes.newlines(x.getBody().getContent()) : 0;
        if (folded > 0) lines.folded(folded);
        switch (name) {
            case "ref" -> {
                Map<String, String> attrs = Nodes.attributes(x.getXmlAttributes());
                String content = x.hasBody() ? x.getBody().getContent() : null;
                String body = content == null || content.isBlank() ? null : content;
                int l = Nodes.line(x);
                refs.add(refCollector.add(blankToNull(attrs.get("name")), blankToNull(attrs.get("group")), body,
                        l == 0 ? line : l, sb.length()));
            }
            case "nowiki", "math", "chem", "code", "syntaxhighlight" -> append(x.getBody().getContent());
            case "gallery" -> { if (x.hasBody()) galleries.add(new Gallery(x.getBody().getContent(), Nodes.line(x))); }
            default -> { /* references, templatestyles: not running text */ }
        }
    }

    private void xmlElement(WtXmlElement e) {
        String name = e.getName().toLowerCase(Locale.ROOT);
        if (name.equals("br")) { sb.append(keepBreaks ? BREAK : ' '); return; }
        if (name.equals("gallery")) { // one image and caption per line, not running text: its captions are read apart
            if (e.hasBody()) galleries.add(new Gallery(org.sweble.wikitext.parser.utils.WtRtDataPrinter.print(e.getBody()), lines.fix(Nodes.line(e))));
            return;
        }
        if (name.equals(RefMarks.TAG) && markedRef(e)) return;
        if (e.hasBody()) for (WtNode c : e.getBody()) visit(c);
    }

    /** A ref that {@link RefMarks} turned into an element: its body is parsed here, apart from the text around it. */
    private boolean markedRef(WtXmlElement e) {
        Map<String, String> attrs = Nodes.attributes(e.getXmlAttributes());
        int mark;
        try { mark = Integer.parseInt(attrs.getOrDefault(RefMarks.ATTRIBUTE, "-1")); }
        catch (NumberFormatException ex) { return false; }
        if (!refCollector.hasMark(mark)) return false;
        InlineText body = e.hasBody() ? render(e.getBody(), new RefCollector(), rendering) : null;
        refs.add(refCollector.addMarked(mark, blankToNull(attrs.get("name")), blankToNull(attrs.get("group")), body,
                sb.length()));
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
