package org.conflictkg.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictkg.text.Spaces;

/**
 * A template call, kept as data (never expanded). {@code {{#invoke:flag||Iraq}}} and
 * {@code {{#invoke:cite web||title=...}}} are normalised to the template they stand for
 * ({@code flag}, {@code cite web}) when the module function is left empty.
 *
 * @param name   normalised name: lower case, single spaces, no {@code Template:} prefix
 * @param args   arguments in order
 * @param line   source line of the call
 * @param offset offset in the enclosing text where the call stands
 */
public record Template(String name, List<TemplateArg> args, int line, int offset) {

    public static Template of(String rawName, List<TemplateArg> args, int line, int offset) {
        String n = normalise(rawName);
        List<TemplateArg> a = new ArrayList<>(args);
        if (n.startsWith("#invoke:")) {
            String module = n.substring("#invoke:".length()).trim();
            String function = a.isEmpty() || a.get(0).name() != null ? "" : a.get(0).text();
            if (!a.isEmpty() && a.get(0).name() == null) a.remove(0);
            n = function.isEmpty() ? module : module + "|" + function.toLowerCase(Locale.ROOT);
        }
        return new Template(n, List.copyOf(a), line, offset);
    }

    public static String normalise(String raw) {
        String n = Spaces.collapse(raw.replace('_', ' ')).toLowerCase(Locale.ROOT);
        if (n.startsWith("template:")) n = n.substring("template:".length()).trim();
        return n;
    }

    /** The i-th positional argument (1-based, as in wikitext), or "" when absent. */
    public String positional(int i) {
        int k = 0;
        for (TemplateArg a : args)
            if (a.name() == null && ++k == i) return a.text();
        return "";
    }

    public List<TemplateArg> positionalArgs() {
        return args.stream().filter(a -> a.name() == null).toList();
    }

    /** The first non-blank named argument among {@code keys}, or "" when none is given. */
    public String named(String... keys) {
        for (String key : keys)
            for (TemplateArg a : args)
                if (a.name() != null && a.name().equalsIgnoreCase(key) && !a.value().text().isBlank())
                    return a.text();
        return "";
    }

    Template shift(int delta) { return new Template(name, args, line, offset + delta); }
}
