package org.conflictkg.sweble;

import java.util.List;

import org.sweble.wikitext.engine.PageTitle;
import org.sweble.wikitext.engine.WtEngineImpl;
import org.sweble.wikitext.engine.config.WikiConfig;
import org.sweble.wikitext.engine.nodes.EngPage;
import org.sweble.wikitext.engine.utils.DefaultConfigEnWp;
import org.sweble.wikitext.parser.ParserConfig;
import org.sweble.wikitext.parser.WikitextEncodingValidator;
import org.sweble.wikitext.parser.WikitextParser;
import org.sweble.wikitext.parser.WikitextPostprocessor;
import org.sweble.wikitext.parser.WikitextPreprocessor;
import org.sweble.wikitext.parser.WtEntityMapImpl;
import org.sweble.wikitext.parser.encval.ValidatedWikitext;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtParsedWikitextPage;
import org.sweble.wikitext.parser.nodes.WtPreproWikitextPage;
import org.sweble.wikitext.parser.parser.PreprocessorToParserTransformer;
import org.sweble.wikitext.parser.preprocessor.PreprocessedWikitext;

/**
 * The one place that calls Sweble: wikitext in, AST out, templates not expanded.
 * An engine is not thread-safe: use one parser per thread (the configuration is shared).
 */
public final class SwebleParser {
    private static final class Config {
        // Generating the configuration takes ~100 ms; do it once per JVM.
        static final WikiConfig EN_WP = generate();

        /**
         * English Wikipedia's configuration without Sweble's warnings: nothing here reads them (markup
         * problems are found by {@link MarkupCheck}), and making them is about a tenth of a parse.
         */
        private static WikiConfig generate() {
            org.sweble.wikitext.engine.config.WikiConfigImpl c = DefaultConfigEnWp.generate();
            ((org.sweble.wikitext.engine.config.ParserConfigImpl) c.getParserConfig()).setWarningsEnabled(false);
            return c;
        }
    }

    private final WtEngineImpl engine = new WtEngineImpl(Config.EN_WP);
    private final ParserConfig pc = new LinkTargetMemo(Config.EN_WP.getParserConfig());
    // A page is parsed in pieces, each under the page's title: its title is made once, not per piece.
    private String lastTitle;
    private PageTitle lastPageTitle;

    /**
     * Parses without expanding templates; Sweble recovers from bad markup, so this rarely throws. The
     * steps are those of Sweble's {@code WtEngineImpl.postprocess} without a template callback, but the
     * encoding check runs only on text that holds a code point it would change ({@link CleanText}):
     * it copies the whole page through a lexer, about a tenth of a parse, to change nothing in nearly
     * every page.
     */
    public EngPage parse(String title, String wikitext) throws ParseFailure {
        try {
            PageTitle pt = pageTitle(title);
            String name = pt.getDenormalizedFullTitle();
            ValidatedWikitext valid = CleanText.is(wikitext)
                    ? new ValidatedWikitext(wikitext, new WtEntityMapImpl(), false)
                    : new WikitextEncodingValidator().validate(pc, new WtEntityMapImpl(), name, wikitext);
            WtPreproWikitextPage pp = (WtPreproWikitextPage) new WikitextPreprocessor(pc).parseArticle(valid, name, false);
            PreprocessedWikitext forParser = PreprocessorToParserTransformer.transform(pp,
                    Config.EN_WP.getEngineConfig().isTrimTransparentBeforeParsing());
            WtParsedWikitextPage parsed = (WtParsedWikitextPage) new WikitextParser(pc).parseArticle(forParser, pt.getTitle());
            parsed = (WtParsedWikitextPage) new WikitextPostprocessor(pc).postprocess(parsed, pt.getTitle());
            return engine.nf().page(parsed);
        } catch (Exception | Error e) { // Sweble's engine turned every throwable into a failure of the page, and so does this
            // Stopped by the page clock's watchdog (Sweble wraps what it catches): say so, not "could not parse".
            org.conflictkg.diag.PageDeadline.check();
            // A stop, whichever page it was meant for: Sweble keeps it as a cause, or only in its message.
            for (Throwable c = e; c != null; c = c.getCause())
                if (c instanceof ThreadDeath || String.valueOf(c.getMessage()).contains("java.lang.ThreadDeath"))
                    throw new ThreadDeath();
            throw new ParseFailure("Sweble could not parse the page: " + e, e);
        }
    }

    private PageTitle pageTitle(String title) throws Exception {
        if (!title.equals(lastTitle)) {
            lastPageTitle = PageTitle.make(Config.EN_WP, safeTitle(title));
            lastTitle = title;
        }
        return lastPageTitle;
    }

    /**
     * A page as the pipeline parses it: ref bodies in place, cut at its top-level headings
     * ({@link PageParse}). This is the parse whose cost the pipeline's benchmark compares itself to.
     */
    public List<WtNode> parsePage(String title, String wikitext) throws ParseFailure {
        return PageParse.parse(this, title, wikitext).nodes();
    }

    private static String safeTitle(String title) {
        String t = title.replaceAll("[\\[\\]{}|#<>]", " ").trim();
        return t.isEmpty() ? "Untitled" : t;
    }

    /** The page could not be parsed at all. */
    public static final class ParseFailure extends Exception {
        ParseFailure(String message, Throwable cause) { super(message, cause); }
    }
}
