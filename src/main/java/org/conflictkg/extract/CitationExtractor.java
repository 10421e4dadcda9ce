package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.ExternalLink;
import org.conflictkg.doc.InlineText;
import org.conflictkg.doc.RefUse;
import org.conflictkg.doc.Span;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.TemplateArg;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.text.DateParser;
import org.conflictkg.text.DateValue;
import org.conflictkg.text.MatchStarts;

/**
 * Every defining {@code <ref>} becomes one {@link Citation}: from a citation template
 * ({@code {{cite web|...}}}, {@code {{#invoke:cite news||...}}}, {@code {{citation}}}), else from a
 * bracketed or bare URL with the italic work and "Retrieved" date around it, else as plain text.
 */
public final class CitationExtractor implements Extractor {
    // Tried only where a match can start: every reference without a template is searched for both.
    private static final MatchStarts RETRIEVED = MatchStarts.of(Pattern.compile("Retrieved(?: on)?\\s+([^.]+?\\d{4})", Pattern.CASE_INSENSITIVE));
    private static final MatchStarts A_DATE = MatchStarts.of(Pattern.compile("\\d{1,2}\\s+" + DateParser.MONTH + "\\s+\\d{4}|"
            + DateParser.MONTH + "\\s+\\d{1,2},\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}", Pattern.CASE_INSENSITIVE));

    @Override public String name() { return "citations"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        Map<Integer, Provenance> at = RefLocations.of(doc);
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<Integer, InlineText> e : new TreeMap<>(doc.refBodies()).entrySet()) {
            RefUse ref = doc.refs().get(e.getKey());
            Provenance where = RefLocations.locate(doc, at, ref);
            Provenance p = new Provenance(where.section(), where.sentence(), ref.line(), List.of(ref.index()));
            out.add(citation(ref, e.getValue(), p));
        }
        return out;
    }

    static Citation citation(RefUse ref, InlineText body, Provenance p) {
        Optional<Template> cite = body.templates().stream().filter(CitationExtractor::isCitation).findFirst();
        return cite.map(t -> fromTemplate(ref, t, body, p)).orElseGet(() -> fromText(ref, body, p));
    }

    static boolean isCitation(Template t) {
        String n = t.name();
        return n.startsWith("cite ") || n.equals("cite") || n.equals("citation") || n.startsWith("citation/")
                || n.startsWith("cite|") || n.startsWith("vcite");
    }

    private static Citation fromTemplate(RefUse ref, Template t, InlineText body, Provenance p) {
        String archive = t.named("archive-url", "archiveurl");
        if (archive.isEmpty()) archive = webarchive(body);
        String text = body.text().isBlank() ? "" : body.text().trim();
        return new Citation(ref.index(), nullToEmpty(ref.name()), t.name().replace('|', ' '),
                t.named("title", "script-title", "trans-title", "chapter"),
                t.named("url", "chapter-url", "contribution-url"), archive,
                t.named("work", "website", "newspaper", "magazine", "journal", "periodical"),
                t.named("publisher", "agency", "institution"), authors(t),
                DateParser.parse(t.named("date", "publication-date")).or(() -> DateParser.parse(t.named("year"))).orElse(null),
                DateParser.parse(t.named("access-date", "accessdate")).orElse(null),
                t.named("language", "lang"), text, p);
    }

    private static Citation fromText(RefUse ref, InlineText body, Provenance p) {
        String text = body.text().trim();
        ExternalLink link = body.externalLinks().stream().findFirst().orElse(null);
        String url = link == null ? "" : link.url();
        String title = link == null ? "" : stripQuotes(link.label());
        String work = "";
        for (Span s : body.italics()) {
            if (link != null && s.start() >= link.start() && s.end() <= link.end()) continue;
            work = body.text().substring(s.start(), s.end()).trim();
            break;
        }
        DateValue access = null;
        Matcher r = RETRIEVED.find(text);
        String beforeRetrieved = text;
        if (r != null) {
            access = DateParser.parse(r.group(1).trim()).orElse(null);
            beforeRetrieved = text.substring(0, r.start());
        }
        DateValue date = null;
        String afterLink = link == null ? beforeRetrieved : beforeRetrieved.substring(Math.min(link.end(), beforeRetrieved.length()));
        Matcher d = A_DATE.find(afterLink);
        if (d != null) date = DateParser.parse(d.group()).orElse(null);
        return new Citation(ref.index(), nullToEmpty(ref.name()), link == null ? "text" : "link", title, url,
                webarchive(body), work, "", List.of(), date, access, "", text, p);
    }

    private static String webarchive(InlineText body) {
        return body.templates().stream().filter(t -> t.name().equals("webarchive") || t.name().equals("wayback"))
                .map(t -> t.named("url")).filter(u -> !u.isEmpty()).findFirst().orElse("");
    }

    private static List<String> authors(Template t) {
        List<String> out = new ArrayList<>();
        boolean named = t.args().stream().map(TemplateArg::name).anyMatch(n -> n != null
                && (n.regionMatches(true, 0, "author", 0, 6) || n.regionMatches(true, 0, "last", 0, 4)));
        if (!named) return out; // most citations name no author: spare the thirty lookups below
        for (String key : new String[]{"author", "authors"}) if (!t.named(key).isEmpty()) out.add(t.named(key));
        for (int i = 0; i <= 9; i++) {
            String n = i == 0 ? "" : String.valueOf(i);
            String a = t.named("author" + (i == 0 ? "1" : n));
            if (i > 0 && !a.isEmpty() && !out.contains(a)) out.add(a);
            String last = t.named("last" + n), first = t.named("first" + n);
            if (!last.isEmpty()) {
                String full = first.isEmpty() ? last : last + ", " + first;
                if (!out.contains(full)) out.add(full);
            }
        }
        return List.copyOf(out);
    }

    private static String stripQuotes(String s) {
        String t = s.trim();
        if (t.length() > 1 && "‘'\"“".indexOf(t.charAt(0)) >= 0) t = t.substring(1);
        if (t.length() > 1 && "’'\"”".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t.trim();
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }
}
