package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.WikiDocument;

/** The outline of the page (sections with their heading paths) and its sentences with their citations. */
public final class SectionExtractor implements Extractor {
    @Override public String name() { return "sections"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        for (Section s : doc.sections()) {
            out.add(new SectionFact(s.index(), s.level(), s.heading(), s.path(), s.parent(),
                    new Provenance(s.index(), -1, s.line(), List.of())));
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences())
                    out.add(new SentenceFact(s.index(), sen.index(), sen.text(),
                            new Provenance(s.index(), sen.index(), sen.line(), doc.citations(sen.content()))));
        }
        return out;
    }
}
