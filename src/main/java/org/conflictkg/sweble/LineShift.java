package org.conflictkg.sweble;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import de.fau.cs.osr.ptk.common.ast.AstLocation;
import org.sweble.wikitext.parser.nodes.WtNode;

/**
 * Moves the source lines Sweble gave the nodes of a piece to the page's own lines. Padding each piece
 * with the newlines before it would do the same, at a cost that grows with the square of the page
 * for a page cut into many pieces.
 */
final class LineShift {
    private LineShift() {}

    static void shift(List<WtNode> nodes, int lines) {
        if (lines == 0) return;
        Deque<WtNode> todo = new ArrayDeque<>(nodes);
        while (!todo.isEmpty()) {
            WtNode n = todo.pop();
            AstLocation at = n.getNativeLocation();
            if (at != null) n.setNativeLocation(new AstLocation(at.getFile(), at.getLine() + lines, at.getColumn()));
            for (int i = 0, size = n.size(); i < size; i++) todo.push(n.get(i)); // no iterator: every node of the page passes here
        }
    }
}
