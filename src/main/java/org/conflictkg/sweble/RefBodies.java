package org.conflictkg.sweble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.RefUse;

/** Parses the bodies of {@code <ref>}s that Sweble leaves as raw text, all of a page in one batch. */
final class RefBodies {
    private RefBodies() {}

    static Map<Integer, InlineText> parse(SwebleParser parser, String title, List<RefUse> defining,
                                          TemplateRendering rendering) throws SwebleParser.ParseFailure {
        Map<Integer, InlineText> out = new HashMap<>();
        List<BatchParse.Part> parts = BatchParse.parse(parser, title, defining.stream().map(RefUse::body).toList());
        for (int i = 0; i < defining.size(); i++)
            out.put(defining.get(i).index(), InlineRenderer.render(parts.get(i).nodes(), new RefCollector(), rendering));
        return out;
    }
}
