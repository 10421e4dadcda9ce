package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;

import org.conflictkg.doc.FieldItem;
import org.conflictkg.doc.Infobox;
import org.conflictkg.doc.InfoboxField;
import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.TemplateArg;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtExternalLink;
import org.sweble.wikitext.parser.nodes.WtImageLink;
import org.sweble.wikitext.parser.nodes.WtInternalLink;
import org.sweble.wikitext.parser.nodes.WtSection;
import org.sweble.wikitext.parser.nodes.WtTagExtension;
import org.sweble.wikitext.parser.nodes.WtText;
import org.sweble.wikitext.parser.nodes.WtXmlComment;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtTemplateArgument;
import org.sweble.wikitext.parser.utils.WtRtDataPrinter;

/**
 * Reads the infoboxes of a page as data, each with the section it stands in (0 for the lead). Sweble gives a template's arguments as
 * preprocessor text, where the lines and lists of a field ("[[A]]<br>[[B]]", "{{plainlist|* A
 * * B}}") are lost; so each field's source is written back out (list templates as {@code *}
 * lines, {@link ListTemplates}) and parsed again, all fields of the page in one batch, like ref
 * bodies. An infobox is any template whose name starts with "infobox", Wikipedia's convention;
 * which of them mean a conflict is mapping knowledge, not this reader's.
 */
final class InfoboxReader {
    /** A field found in the page's parse, before its text is parsed again. */
    record Pending(int infobox, String name, int line, int lastLine, String text) {}

    private final List<String> names = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> sections = new ArrayList<>();
    private final List<Pending> fields = new ArrayList<>();
    /** The section being walked: sections are numbered in document order, as the document model numbers them. */
    private int section;
    private int sectionsSeen;

    /** Finds the infoboxes of the page, in the lead and in every section. */
    static InfoboxReader find(List<WtNode> pageNodes) {
        InfoboxReader r = new InfoboxReader();
        for (WtNode n : pageNodes) r.visit(n);
        return r;
    }

    List<String> texts() { return fields.stream().map(Pending::text).toList(); }

    private void visit(WtNode n) {
        if (n instanceof WtSection s) {
            int outer = section;
            section = ++sectionsSeen;
            for (WtNode c : s.getBody()) visit(c);
            section = outer;
            return;
        }
        if (n instanceof WtTemplate t && take(t)) return;
        // Text, links and refs hold no infobox; nor, after the lead, do the arguments of other templates.
        if (n instanceof WtText || n instanceof WtInternalLink || n instanceof WtExternalLink || n instanceof WtTagExtension
                || n instanceof WtXmlComment || n instanceof WtImageLink || section > 0 && n instanceof WtTemplate) return;
        for (WtNode c : n) visit(c);
    }

    private boolean take(WtTemplate t) {
        String raw = t.getName().isResolved() ? t.getName().getAsString() : Nodes.plain(t.getName());
        List<WtTemplateArgument> args = new ArrayList<>();
        for (WtNode a : t.getArgs()) if (a instanceof WtTemplateArgument arg) args.add(arg);
        // Template.of reads "#invoke:Infobox military conflict|main" as the template it stands for.
        String name = Template.of(raw, firstPositional(args), 0, 0).name();
        if (!name.startsWith("infobox")) return false;
        int index = names.size();
        names.add(name);
        lines.add(Nodes.line(t));
        sections.add(section);
        for (WtTemplateArgument arg : args) {
            if (!arg.hasName()) continue;
            String field = Nodes.plain(arg.getName()).trim();
            int line = Nodes.line(arg);
            int last = line + Nodes.newlines(WtRtDataPrinter.print(arg.getValue()));
            fields.add(new Pending(index, field, line, last, unindented(ListTemplates.expand(arg.getValue()))));
        }
        return true;
    }

    /**
     * MediaWiki trims a named argument's value; a line of it that starts with a space would read as
     * preformatted text when parsed alone, which no infobox field means.
     */
    static String unindented(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (String line : value.strip().split("\n", -1)) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(line.stripLeading());
        }
        return sb.toString();
    }

    /** The first positional argument as Template.of expects it (the module function of #invoke). */
    private static List<TemplateArg> firstPositional(List<WtTemplateArgument> args) {
        for (WtTemplateArgument a : args)
            if (!a.hasName()) {
                String v = Nodes.plain(a.getValue()).trim();
                return List.of(new TemplateArg(null, new InlineText(v, List.of(), List.of(), List.of(), List.of(), List.of(), 0)));
            }
        return List.of();
    }

    /**
     * The infoboxes, from the parts of the batch parse (one per field, in the order of
     * {@link #texts()}). {@code pageRefs} are the page's refs: those on a field's lines are the
     * field's own, in the order the second parse meets them.
     */
    List<Infobox> build(List<BatchParse.Part> parts, List<RefUse> pageRefs, TemplateRendering rendering) {
        List<List<InfoboxField>> byBox = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) byBox.add(new ArrayList<>());
        for (int i = 0; i < fields.size(); i++) {
            Pending f = fields.get(i);
            BatchParse.Part part = parts.get(i);
            RefCollector local = new RefCollector();
            List<FieldItem> items = FieldItems.of(part.nodes(), local, rendering);
            List<RefUse> own = pageRefs.stream().filter(r -> r.line() >= f.line() && r.line() <= f.lastLine()).toList();
            int shift = f.line() - part.firstLine();
            List<FieldItem> placed = new ArrayList<>();
            for (FieldItem it : items) placed.add(new FieldItem(place(it.text(), own, shift, f.line()), it.depth()));
            InlineText whole = InlineText.join(placed.stream().map(FieldItem::text).toList(), "; ");
            byBox.get(f.infobox()).add(new InfoboxField(f.name(), f.line(), whole, placed));
        }
        List<Infobox> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) out.add(new Infobox(names.get(i), lines.get(i), byBox.get(i), sections.get(i)));
        return out;
    }

    /** A text of the second parse with its lines moved to the page's and its refs replaced by the page's own. */
    private static InlineText place(InlineText t, List<RefUse> own, int shift, int fieldLine) {
        List<RefUse> refs = new ArrayList<>();
        for (RefUse r : t.refs())
            if (r.index() < own.size()) {
                RefUse p = own.get(r.index());
                refs.add(new RefUse(p.index(), p.name(), p.group(), p.body(), p.line(), r.offset()));
            }
        int line = t.line() > 0 ? Math.max(fieldLine, t.line() + shift) : fieldLine;
        return t.withRefs(refs, line);
    }
}
