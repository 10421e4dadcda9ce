package org.conflictkg.sweble;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.doc.Template;

/**
 * What reader-visible text a template stands for, from {@code wikitext/inline-templates.properties}.
 * Templates are never expanded; this only keeps sentences readable ("{{convert|5|km}}" reads "5 km").
 */
public final class TemplateRendering {
    private static final Pattern SLOT = Pattern.compile("\\{([^}]+)\\}");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final TemplateRendering DEFAULT = load("/wikitext/inline-templates.properties");

    private final Map<String, String> patterns;

    private TemplateRendering(Map<String, String> patterns) { this.patterns = patterns; }

    public static TemplateRendering defaults() { return DEFAULT; }

    static TemplateRendering load(String resource) {
        Properties p = new Properties();
        try (InputStream in = TemplateRendering.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new ConcurrentHashMap<>();
        p.forEach((k, v) -> m.put(Template.normalise((String) k), (String) v));
        return new TemplateRendering(m);
    }

    /** The visible text of a template, or "" when it shows nothing a sentence needs. */
    public String render(Template t) {
        String pattern = patterns.get(t.name());
        if (pattern == null) return "";
        Matcher m = SLOT.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String value = slot.chars().allMatch(Character::isDigit) ? t.positional(Integer.parseInt(slot)) : t.named(slot);
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        String s = sb.toString();
        return s.isBlank() ? "" : collapse(s);
    }

    private static String collapse(String s) {
        // Keep a pattern's deliberate outer spaces (" – "), squeeze empty slots inside.
        boolean lead = s.startsWith(" "), trail = s.endsWith(" ");
        String core = SPACES.matcher(s.strip()).replaceAll(" ");
        return (lead ? " " : "") + core + (trail ? " " : "");
    }
}
