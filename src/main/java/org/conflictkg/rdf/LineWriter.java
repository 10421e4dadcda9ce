package org.conflictkg.rdf;

import java.io.OutputStream;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;

/**
 * Jena's N-Triples and N-Quads writer, with one shortcut: an IRI with no character that needs
 * escaping in {@code <...>} is written in one piece. Jena writes every IRI a character at a time to
 * check each one, which took a sixth of a whole run's time; the IRIs minted here are percent-encoded,
 * so nearly all take the shortcut, and any other goes through Jena's own escaping as before. The
 * same IRI objects come again and again (a page's graph in each of its quads, the vocabulary's
 * properties), so the last ones found plain are remembered by identity and not checked again.
 */
public final class LineWriter {
    private LineWriter() {}

    /** A streaming N-Triples or N-Quads writer onto {@code out} (UTF-8), flushed at {@code finish()}. */
    public static StreamRDF onto(OutputStream out) {
        AWriter w = IO.wrapUTF8(out);
        return new WriterStreamRDFPlain(w, new PlainIris());
    }

    /** The ASCII characters that stand in an IRI as they are; everything else goes through Jena. */
    private static final boolean[] PLAIN = new boolean[128];
    static {
        for (char c = '!'; c < 0x7f; c++) PLAIN[c] = "<>\"{}|^`\\".indexOf(c) < 0;
    }

    /** True when the IRI can stand between angle brackets as it is. */
    static boolean plain(String iri) {
        for (int i = 0, n = iri.length(); i < n; i++) {
            char c = iri.charAt(i);
            if (c >= 128 || !PLAIN[c]) return false;
        }
        return true;
    }

    private static final class PlainIris extends NodeFormatterNT {
        private final String[] seen = new String[256]; // by identity hash: one writer, one thread

        PlainIris() { super(CharSpace.UTF8); }

        @Override
        public void formatURI(AWriter w, String iri) {
            int slot = System.identityHashCode(iri) & (seen.length - 1);
            if (seen[slot] != iri) {
                if (!plain(iri)) { super.formatURI(w, iri); return; }
                seen[slot] = iri;
            }
            w.write('<');
            w.write(iri);
            w.write('>');
        }
    }
}
