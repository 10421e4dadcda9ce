package org.conflictkg.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/** The Mustache templates of {@code templates/} in the jar; HTML-escaped unless told otherwise. */
public final class Templates {
    private Templates() {}

    public static Template load(String name, boolean escapeHtml) {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) throw new IllegalStateException("missing template " + name);
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Mustache.compiler().escapeHTML(escapeHtml).defaultValue("").compile(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
