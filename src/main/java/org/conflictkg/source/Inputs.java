package org.conflictkg.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

import org.conflictkg.diag.Diagnostic;

/**
 * Opens the inputs a command names: wikitext files, MediaWiki XML exports or dumps
 * ({@code .xml}, {@code .xml.bz2}, {@code .xml.gz}), or, with no input, the bundled article.
 *
 * <pre>{@code
 * try (PageSource pages = Inputs.open(List.of(Path.of("dump.xml.bz2")), null, p -> true, diagnostics)) {
 *     pages.forEachRemaining(page -> ...);
 * }
 * }</pre>
 */
public final class Inputs {
    private Inputs() {}

    /**
     * @param files      input files; empty means the bundled article
     * @param title      title for a bare wikitext file ({@code null}: from the file name)
     * @param filter     which pages of a dump to keep (namespace, title list)
     */
    public static PageSource open(List<Path> files, String title, Predicate<SourcePage> filter,
                                  Consumer<Diagnostic> diagnostics) {
        return open(files, title, filter, diagnostics, ReadLimits.NONE);
    }

    /** Like {@link #open(List, String, Predicate, Consumer)}, with a page over the limit skipped while it is read. */
    public static PageSource open(List<Path> files, String title, Predicate<SourcePage> filter,
                                  Consumer<Diagnostic> diagnostics, ReadLimits limits) {
        if (files.isEmpty()) return new SinglePageSource(BundledArticle.load());
        List<Path> checked = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new InputException(f + ": no such file");
            if (!Files.isReadable(f)) throw new InputException(f + ": not readable");
            checked.add(f);
        }
        return new Concatenated(checked.iterator(), f -> openOne(f, title, filter, diagnostics, limits));
    }

    static PageSource openOne(Path file, String title, Predicate<SourcePage> filter, Consumer<Diagnostic> diagnostics,
                              ReadLimits limits) {
        String name = file.getFileName().toString();
        try {
            Path index = MultistreamBz2.indexOf(file);
            if (index != null && !NativeBzip2.parallel()) { // streams decompressed on every core, in order
                InputStream streams = new MultistreamBz2(file, MultistreamBz2.streamStarts(index),
                        Runtime.getRuntime().availableProcessors());
                return new MediaWikiXmlSource(new BufferedInputStream(streams, 1 << 16), file.toString(), filter, diagnostics, limits);
            }
            InputStream system = name.endsWith(".bz2") ? NativeBzip2.open(file) : null;
            if (system != null) // the system's bzip2 program, about three times as fast as Java's decoder; its pipe
                // holds only 64 KB, so without reading ahead it would wait for the page being parsed, and the parse for it
                return new MediaWikiXmlSource(new BufferedInputStream(new AheadStream(system), 1 << 16), file.toString(), filter,
                        diagnostics, limits);
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            if (name.endsWith(".bz2") || name.endsWith(".gz") || name.endsWith(".xz")) {
                // Decompressed on a thread of its own while the XML is parsed.
                in = new BufferedInputStream(new AheadStream(new CompressorStreamFactory(true).createCompressorInputStream(in)), 1 << 16);
                return new MediaWikiXmlSource(in, file.toString(), filter, diagnostics, limits);
            }
            if (looksLikeXml(in)) return new MediaWikiXmlSource(in, file.toString(), filter, diagnostics, limits);
            String t = title != null ? title : titleFromFileName(name);
            long size = Files.size(file);
            // A bare page over the limit is never read into memory.
            if (size - 4 > limits.maxPageBytes()) { // a BOM of up to 4 bytes is not text
                in.close();
                diagnostics.accept(Diagnostic.warning(t, null, 0, limits.describe(size)));
                limits.skipped().run();
                return new SinglePageSource(null);
            }
            byte[] bytes;
            try (InputStream plain = in) { bytes = plain.readAllBytes(); }
            String text = TextDecoding.text(bytes, file.toString());
            SourcePage page = new SourcePage(t, null, null, null, namespaceOf(t), text, file.toString(),
                    SourcePage.wikipediaUrl(t), null);
            // A template page given as a file is read where articles transclude it, not as an article.
            return new SinglePageSource(page.namespace() == 0 || filter.test(page) ? page : null);
        } catch (CompressorException e) {
            throw new InputException(file + ": not a readable compressed file (" + InputException.reason(e) + ")", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + InputException.reason(e) + ")", e);
        }
    }

    /** A MediaWiki export starts with an XML declaration or the {@code <mediawiki>} element. */
    private static boolean looksLikeXml(InputStream in) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        String s = new String(head, TextDecoding.charsetOf(head)).stripLeading();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        return s.startsWith("<?xml") || s.startsWith("<mediawiki");
    }

    /** A file named "Template:X infobox.wikitext" holds a template page (namespace 10); other files are articles. */
    static int namespaceOf(String title) {
        return title.regionMatches(true, 0, "Template:", 0, 9) ? 10 : 0;
    }

    /**
     * The title a bare page's file name stands for: underscores as spaces, without its extension. Only
     * a last part that looks like an extension goes (up to ten letters and digits, one a letter), since
     * titles hold dots: {@code U.S._Route_66.wikitext} is "U.S. Route 66", {@code St._Louis} stays
     * "St. Louis", {@code Version_2.0} stays "Version 2.0".
     */
    public static String titleFromFileName(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 && EXTENSION.matcher(name.substring(dot + 1)).matches() ? name.substring(0, dot) : name;
        return base.replace('_', ' ').trim();
    }

    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,10}");

    /** Pages of several files, one file open at a time. */
    private static final class Concatenated implements PageSource {
        private final Iterator<Path> files;
        private final java.util.function.Function<Path, PageSource> opener;
        private PageSource current;

        Concatenated(Iterator<Path> files, java.util.function.Function<Path, PageSource> opener) {
            this.files = files;
            this.opener = opener;
        }

        @Override public boolean hasNext() {
            while ((current == null || !current.hasNext()) && files.hasNext()) {
                if (current != null) current.close();
                current = opener.apply(files.next());
            }
            return current != null && current.hasNext();
        }

        @Override public SourcePage next() {
            if (!hasNext()) throw new NoSuchElementException();
            return current.next();
        }

        @Override public void close() { if (current != null) current.close(); }
    }
}
