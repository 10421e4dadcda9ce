package org.conflictkg.sweble;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.Link;

/**
 * Template arguments reach us as preprocessor text: Sweble does not parse {@code [[links]]} or
 * {@code ''italics''} inside them. This reads those two forms so that {@code work=[[Reuters]]}
 * gives "Reuters" with a link to Reuters.
 */
final class ArgMarkup {
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|]+)(?:\\|([^\\[\\]]*))?]]");
    private static final Pattern QUOTES = Pattern.compile("'{2,5}");

    private ArgMarkup() {}

    static InlineText clean(InlineText t) {
        if (t.text().indexOf("[[") < 0 && t.text().indexOf("''") < 0) return t;
        String s = QUOTES.matcher(t.text()).replaceAll("");
        StringBuilder out = new StringBuilder();
        // Quotes are gone before links are read, so the offsets below point into the final text.
        List<Link> links = new ArrayList<>(s.length() == t.text().length() ? t.links() : List.of());
        Matcher m = LINK.matcher(s);
        int pos = 0;
        while (m.find()) {
            out.append(s, pos, m.start());
            String target = m.group(1).trim();
            String label = m.group(2) != null ? m.group(2).trim() : target;
            int start = out.length();
            out.append(label);
            links.add(new Link(target, label, start, out.length()));
            pos = m.end();
        }
        out.append(s.substring(pos));
        return new InlineText(out.toString(), List.copyOf(links), t.externalLinks(), t.templates(), t.refs(),
                t.italics(), t.line());
    }
}
