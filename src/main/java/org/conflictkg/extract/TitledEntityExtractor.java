package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.diag.Diagnostic;
import org.conflictkg.doc.Link;
import org.conflictkg.doc.Paragraph;
import org.conflictkg.doc.Section;
import org.conflictkg.doc.Sentence;
import org.conflictkg.doc.Template;
import org.conflictkg.doc.TemplateArg;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.mapping.MappingRules;
import org.conflictkg.mapping.TitleRule;
import org.conflictkg.text.DateValue;

/**
 * Operations and engagements named by the titles the page points at: targets of {@code {{Main}}}-like
 * templates and of wikilinks in sentences, typed by the title rules of {@code mapping.ttl}. Links
 * in a namesake context ("named after ...") are left out, and hatnotes are never read. A weak title
 * rule ("... campaign") needs military evidence ({@link MilitaryEvidence}).
 */
public final class TitledEntityExtractor implements Extractor {
    private static final Pattern YEARS = Pattern.compile("\\((?:[^()]*?\\s)?(\\d{4})(?:\\s*[–-]\\s*(\\d{2,4}|present))?\\)\\s*$");
    private final MappingRules rules;

    public TitledEntityExtractor(MappingRules rules) { this.rules = rules; }

    @Override public String name() { return "titled-entities"; }

    @Override
    public List<Fact> extract(WikiDocument doc, Consumer<Diagnostic> diagnostics) {
        List<Fact> out = new ArrayList<>();
        Map<String, Optional<TitleRule>> known = new HashMap<>(); // a page links the same titles again and again
        MilitaryEvidence evidence = new MilitaryEvidence(doc, rules);
        for (Section s : doc.sections()) {
            for (Template t : s.blockTemplates()) {
                if (!rules.pointsAtTitle(t)) continue;
                for (TemplateArg a : t.positionalArgs())
                    add(page(a.text()), null, evidence, TheaterExtractor.theaterOf(doc, s.index(), rules),
                            new Provenance(s.index(), -1, t.line(), List.of()), out);
            }
            for (Paragraph p : s.paragraphs())
                for (Sentence sen : p.sentences())
                    for (Link l : sen.content().links()) {
                        String title = l.page();
                        // the title rules first: they are cheaper than the namesake context and rarely match
                        if (classify(title, known).isEmpty() || rules.isNamesakeContext(sen.text().substring(0, l.start())))
                            continue;
                        add(title, sen.text(), evidence, TheaterExtractor.theaterOf(doc, s.index(), rules),
                                new Provenance(s.index(), sen.index(), sen.line(), doc.citations(sen.content())), out);
                    }
        }
        return out;
    }

    private Optional<TitleRule> classify(String title, Map<String, Optional<TitleRule>> known) {
        return known.computeIfAbsent(title, rules::classify);
    }

    private void add(String title, String sentence, MilitaryEvidence evidence, String theater, Provenance p, List<Fact> out) {
        if (title.isEmpty()) return;
        Optional<TitleRule> rule = rules.classify(title);
        if (rule.isEmpty() || !evidence.applies(rule.get(), title, sentence)) return;
        DateValue start = null, end = null;
        Matcher m = YEARS.matcher(title);
        if (m.find()) {
            int y = Integer.parseInt(m.group(1));
            start = DateValue.year(y);
            if (m.group(2) == null) end = start;
            else if (!m.group(2).equals("present")) {
                String e = m.group(2);
                end = DateValue.year(e.length() == 2 ? y / 100 * 100 + Integer.parseInt(e) : Integer.parseInt(e));
            }
        }
        out.add(new TitledEntity(title, rule.get().emits(), rule.get().id(), start, end, theater, p));
    }

    private static String page(String target) {
        return new Link(target, target, 0, 0).page();
    }
}
