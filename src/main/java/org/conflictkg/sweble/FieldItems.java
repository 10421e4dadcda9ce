package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;

import org.conflictkg.doc.FieldItem;
import org.conflictkg.doc.InlineText;
import org.sweble.wikitext.parser.nodes.WtDefinitionList;
import org.sweble.wikitext.parser.nodes.WtDefinitionListDef;
import org.sweble.wikitext.parser.nodes.WtDefinitionListTerm;
import org.sweble.wikitext.parser.nodes.WtListItem;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtOrderedList;
import org.sweble.wikitext.parser.nodes.WtParagraph;
import org.sweble.wikitext.parser.nodes.WtUnorderedList;

/**
 * Cuts a parsed infobox field into the entries a reader sees: lines separated by line breaks or
 * {@code <br>}, and list items (nested ones one level deeper). "Leadership:<br>[[A]]<br>[[B]]"
 * gives three entries, "{{plainlist|* [[A]] * [[B]]}}" two.
 */
final class FieldItems {
    private final RefCollector refs;
    private final TemplateRendering rendering;
    private final List<FieldItem> out = new ArrayList<>();

    private FieldItems(RefCollector refs, TemplateRendering rendering) {
        this.refs = refs;
        this.rendering = rendering;
    }

    /** The entries of a field's parsed nodes, in order; lines are those of the parse. */
    static List<FieldItem> of(List<WtNode> nodes, RefCollector refs, TemplateRendering rendering) {
        FieldItems f = new FieldItems(refs, rendering);
        f.blocks(nodes, 0);
        return List.copyOf(f.out);
    }

    private void blocks(Iterable<WtNode> nodes, int depth) {
        List<WtNode> pending = new ArrayList<>();
        for (WtNode n : nodes) {
            if (isList(n)) { lines(pending, depth); pending.clear(); list(n, depth + 1); }
            else if (n instanceof WtParagraph p) { lines(pending, depth); pending.clear(); blocks(p, depth); }
            else pending.add(n);
        }
        lines(pending, depth);
    }

    private void list(WtNode list, int depth) {
        for (WtNode item : list) {
            if (!(item instanceof WtListItem || item instanceof WtDefinitionListTerm || item instanceof WtDefinitionListDef))
                continue;
            List<WtNode> own = new ArrayList<>();
            List<WtNode> nested = new ArrayList<>();
            for (WtNode c : item) (isList(c) ? nested : own).add(c);
            lines(own, depth);
            for (WtNode l : nested) list(l, depth + 1);
        }
    }

    private static boolean isList(WtNode n) {
        return n instanceof WtUnorderedList || n instanceof WtOrderedList || n instanceof WtDefinitionList;
    }

    /** Inline nodes rendered with their breaks kept, then cut at each break. */
    private void lines(List<WtNode> nodes, int depth) {
        if (nodes.isEmpty()) return;
        InlineText t = InlineRenderer.renderKeepingBreaks(nodes, refs, rendering, SourceLines.AS_PARSED);
        String s = t.text();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) != InlineRenderer.BREAK) continue;
            int b = i;
            while (b > from && Character.isWhitespace(s.charAt(b - 1))) b--;
            InlineText piece = t.lineSlice(from, b, i).stripLeading();
            int line = piece.templates().stream().mapToInt(x -> x.line()).filter(l -> l > 0).min().orElse(t.line());
            if (line != piece.line()) piece = piece.withRefs(piece.refs(), line);
            if (!piece.text().isBlank() || !piece.refs().isEmpty() || !piece.templates().isEmpty()) out.add(new FieldItem(piece, depth));
            from = i + 1;
        }
    }
}
