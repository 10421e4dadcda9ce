package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.conflictkg.Fixtures;
import org.conflictkg.doc.WikiDocument;
import org.conflictkg.text.DateValue;
import org.junit.jupiter.api.Test;

class CitationExtractorTest {
    private static List<Citation> citations(String wikitext) {
        WikiDocument d = Fixtures.doc(wikitext);
        return new CitationExtractor().extract(d, x -> {}).stream().map(Citation.class::cast).toList();
    }

    @Test
    void invokeCiteNewsForm() {
        Citation c = citations("A.<ref>{{#invoke:cite news||title=Syrian rebels to Russia|url=https://www.reuters.com/x"
                + "|work=[[Reuters]]|date=26 October 2015|access-date=9 December 2015"
                + "|archive-url=https://web.archive.org/web/2019/x|last=Payne|first=Ed}}</ref>").get(0);
        assertEquals("cite news", c.style());
        assertEquals("Syrian rebels to Russia", c.title());
        assertEquals("https://www.reuters.com/x", c.url());
        assertEquals("https://web.archive.org/web/2019/x", c.archiveUrl());
        assertEquals("Reuters", c.work());
        assertEquals(DateValue.day(2015, 10, 26), c.date());
        assertEquals(DateValue.day(2015, 12, 9), c.accessDate());
        assertEquals(List.of("Payne, Ed"), c.authors());
    }

    @Test
    void plainCiteTemplateFormWithIsoAndMonthDates() {
        Citation c = citations("A.<ref name=x>{{Cite journal|title=T|url=https://csis.org/a|website=www.csis.org"
                + "|date=2021-11|access-date=2022-01-08|publisher=CSIS}}</ref>").get(0);
        assertEquals("cite journal", c.style());
        assertEquals("x", c.name());
        assertEquals("www.csis.org", c.work());
        assertEquals("CSIS", c.publisher());
        assertEquals(DateValue.month(2021, 11), c.date());
        assertEquals(DateValue.day(2022, 1, 8), c.accessDate());
    }

    @Test
    void bracketedLinkWithItalicWorkDateAndRetrieved() {
        Citation c = citations("A.<ref name=nrc>[http://www.nrc.nl/a ‘NAVO veroordeelt’] "
                + "{{Webarchive|url=https://web.archive.org/web/2015/http://www.nrc.nl/a |date=22 September 2015 }}. "
                + "''NRC Handelsblad'', 5 September 2014. Retrieved 13 June 2015.</ref>").get(0);
        assertEquals("link", c.style());
        assertEquals("http://www.nrc.nl/a", c.url());
        assertEquals("NAVO veroordeelt", c.title());
        assertEquals("https://web.archive.org/web/2015/http://www.nrc.nl/a", c.archiveUrl());
        assertEquals("NRC Handelsblad", c.work());
        assertEquals(DateValue.day(2014, 9, 5), c.date());
        assertEquals(DateValue.day(2015, 6, 13), c.accessDate());
    }

    @Test
    void bareUrlAndPlainText() {
        List<Citation> cs = citations("A.<ref>See https://example.org/report for details.</ref> B.<ref>Including Chad.</ref>");
        assertEquals("https://example.org/report", cs.get(0).url());
        assertEquals("text", cs.get(1).style());
        assertEquals("", cs.get(1).url());
        assertEquals("Including Chad.", cs.get(1).text());
    }

    @Test
    void aNamedRefReusedIsOneCitationAndItsSentencesCiteIt() {
        WikiDocument d = Fixtures.doc("One.<ref name=a>{{cite web|url=http://a/|title=A}}</ref> Two.<ref name=a/> Three.<ref name=a />");
        assertEquals(1, new CitationExtractor().extract(d, x -> {}).size());
        List<SentenceFact> sentences = new SectionExtractor().extract(d, x -> {}).stream()
                .filter(SentenceFact.class::isInstance).map(SentenceFact.class::cast).toList();
        assertEquals(3, sentences.size());
        for (SentenceFact s : sentences) assertEquals(List.of(0), s.provenance().citations());
    }

    @Test
    void theBundledArticleHas402CitationsOf399WithAUrl() {
        WikiDocument d = Fixtures.doc(Fixtures.article());
        List<Citation> cs = new CitationExtractor().extract(d, x -> {}).stream().map(Citation.class::cast).toList();
        assertEquals(402, cs.size());
        assertEquals(399, cs.stream().filter(c -> !c.url().isEmpty()).count());
    }
}
