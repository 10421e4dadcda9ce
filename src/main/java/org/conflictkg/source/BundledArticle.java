package org.conflictkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The article shipped inside the jar, the default input of every command.
 * Its title, URL and licence live in {@code articles/bundled.properties} beside the text.
 */
public final class BundledArticle {
    private static final String PROPERTIES = "/articles/bundled.properties";

    private BundledArticle() {}

    public static SourcePage load() {
        Properties p = new Properties();
        try (InputStream in = BundledArticle.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) throw new IllegalStateException("missing resource " + PROPERTIES);
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            String resource = p.getProperty("resource");
            try (InputStream text = BundledArticle.class.getResourceAsStream(resource)) {
                if (text == null) throw new IllegalStateException("missing resource " + resource);
                String wikitext = new String(text.readAllBytes(), StandardCharsets.UTF_8);
                return new SourcePage(p.getProperty("title"), null, null, null, 0, wikitext,
                        "bundled:" + resource, p.getProperty("sourceUrl"), p.getProperty("license"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
