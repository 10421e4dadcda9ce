package org.conflictkg.sweble;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.conflictkg.doc.Template;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtTemplateArgument;
import org.sweble.wikitext.parser.utils.WtRtDataPrinter;

/**
 * Writes the wikitext of a template argument back out with list templates ({@code {{plainlist}}},
 * {@code {{ubl}}}, from {@code wikitext/list-templates.properties}) replaced by the {@code *}
 * lines they show, so that one parse of the result gives every item as a list item. Everything
 * else is written as it stood in the source (Sweble's round-trip data).
 */
final class ListTemplates {
    private static final Map<String, String> KINDS = load();

    private ListTemplates() {}

    static String expand(WtNode value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(WtNode value, StringBuilder sb) {
        for (WtNode n : value) {
            String kind = n instanceof WtTemplate t ? KINDS.get(name(t)) : null;
            if (kind == null) { sb.append(WtRtDataPrinter.print(n)); continue; }
            WtTemplate t = (WtTemplate) n;
            boolean first = true;
            for (WtNode a : t.getArgs()) {
                if (!(a instanceof WtTemplateArgument arg) || arg.hasName()) continue;
                if (kind.equals("body")) {
                    if (!first) continue;
                    sb.append('\n');
                    write(arg.getValue(), sb);
                    sb.append('\n');
                } else {
                    sb.append("\n* ");
                    StringBuilder item = new StringBuilder();
                    write(arg.getValue(), item);
                    sb.append(item.toString().strip().replace('\n', ' '));
                    sb.append('\n');
                }
                first = false;
            }
        }
    }

    private static String name(WtTemplate t) {
        return Template.normalise(t.getName().isResolved() ? t.getName().getAsString() : Nodes.plain(t.getName()));
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = ListTemplates.class.getResourceAsStream("/wikitext/list-templates.properties")) {
            if (in == null) throw new IllegalStateException("missing resource /wikitext/list-templates.properties");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        p.forEach((k, v) -> m.put(Template.normalise((String) k), ((String) v).trim()));
        return Map.copyOf(m);
    }
}
