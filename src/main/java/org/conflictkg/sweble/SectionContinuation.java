package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;

import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtNodeList;
import org.sweble.wikitext.parser.nodes.WtSection;

/**
 * Puts the nodes of a piece cut out of a long section ({@link PieceCuts}) back where a parse of the
 * whole section would have put them: text into the section open at the end of the nodes so far, and
 * a subsection under the innermost open section of a higher level.
 */
final class SectionContinuation {
    private SectionContinuation() {}

    static void append(List<WtNode> nodes, List<WtNode> continuation) {
        List<WtSection> open = openSections(nodes);
        for (WtNode n : continuation) {
            if (n instanceof WtSection s) {
                while (!open.isEmpty() && open.get(open.size() - 1).getLevel() >= s.getLevel()) open.remove(open.size() - 1);
            }
            if (open.isEmpty()) nodes.add(n);
            else open.get(open.size() - 1).getBody().add(n);
            if (n instanceof WtSection s) open.add(s);
        }
    }

    /** The chain of sections open at the end of the nodes: the last top-level section, its last subsection, and so on. */
    private static List<WtSection> openSections(List<WtNode> nodes) {
        List<WtSection> open = new ArrayList<>();
        WtNode last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
        while (last instanceof WtSection s) {
            open.add(s);
            WtNodeList body = s.getBody();
            last = body.isEmpty() ? null : body.get(body.size() - 1);
        }
        return open;
    }
}
