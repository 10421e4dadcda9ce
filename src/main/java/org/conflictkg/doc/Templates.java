package org.conflictkg.doc;

import java.util.ArrayList;
import java.util.List;

/** Templates of a text including those nested in other templates' arguments ({@code {{flatlist|{{color box|...}}}}}). */
public final class Templates {
    private Templates() {}

    public static List<Template> deep(InlineText text) {
        List<Template> out = new ArrayList<>();
        collect(text, out);
        return out;
    }

    private static void collect(InlineText text, List<Template> out) {
        for (Template t : text.templates()) {
            out.add(t);
            for (TemplateArg a : t.args()) collect(a.value(), out);
        }
    }
}
