package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;

/** Every wikilink of running text: the target page, the words shown, and the sentence it stands in. */
public final class LinkExtractor implements Extractor {
    @Override public String name() { return "links"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        for (Section s : doc.sections())
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences()) {
                    int k = 0;
                    for (Link l : sen.content().links()) {
                        if (l.page().isEmpty()) continue;
                        out.add(new LinkFact(l.page(), l.label(), k++,
                                new Provenance(s.index(), sen.index(), sen.line(), doc.citations(sen.content()))));
                    }
                }
        return out;
    }
}
