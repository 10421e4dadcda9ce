package org.conflictkg.doc;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every relative link of the README and the guides names a file that exists and, with #, a heading in it. */
class DocLinksTest {
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    static List<Path> markdown() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> s = Files.walk(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    /** Lines outside fenced code blocks, with inline code removed. */
    static List<String> prose(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(file)) {
            if (line.stripLeading().startsWith("```")) { fenced = !fenced; out.add(""); continue; }
            out.add(fenced ? "" : line.replaceAll("`[^`]*`", "``"));
        }
        return out;
    }

    /** GitHub's anchors of a Markdown file: its headings' slugs (numbered when repeated) and explicit anchors. */
    static Set<String> anchors(Path file) {
        try {
            Set<String> out = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean fenced = false;
            for (String line : Files.readAllLines(file)) {
                if (line.stripLeading().startsWith("```")) { fenced = !fenced; continue; }
                if (fenced) continue;
                Matcher a = ANCHOR.matcher(line);
                while (a.find()) out.add(a.group(1));
                Matcher h = HEADING.matcher(line);
                if (!h.matches()) continue;
                String slug = h.group(1).toLowerCase(Locale.ROOT).replaceAll("<[^>]+>", "").replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum);
                out.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyRelativeLinkAndAnchorResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path md : markdown()) {
            List<String> lines = prose(md);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LINK.matcher(lines.get(i));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("^[a-z][a-z0-9+.-]*:.*")) continue; // https:, mailto: ...
                    checked++;
                    int hash = target.indexOf('#');
                    String file = hash < 0 ? target : target.substring(0, hash), anchor = hash < 0 ? null : target.substring(hash + 1);
                    Path resolved = file.isEmpty() ? md : md.toAbsolutePath().getParent().resolve(file).normalize();
                    if (!Files.exists(resolved)) { broken.add(md + ":" + (i + 1) + ": no file " + target); continue; }
                    if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor))
                        broken.add(md + ":" + (i + 1) + ": no heading for #" + anchor + " in " + file);
                }
            }
        }
        assertTrue(checked > 20, "the README and guides link one another (" + checked + " links)");
        assertEquals(List.of(), broken);
    }

    @Test
    void theChecksCatchABrokenLinkAndAnchor(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "# Title here\n## Saved queries (API)\n## Title here\n");
        assertEquals(Set.of("title-here", "saved-queries-api", "title-here-1"), anchors(a));
    }

    @Test
    void theReadmeStaysShortAndEveryGuideExists() throws Exception {
        assertTrue(Files.size(Path.of("README.md")) <= 10_500, "README.md is " + Files.size(Path.of("README.md")) + " bytes");
        for (String g : List.of("researchers", "api", "ontology-authors", "operating", "benchmarks"))
            assertTrue(Files.exists(Path.of("docs", g + ".md")), g);
    }
}
