package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the conflict-kg ontology ({@code ontology/conflict-kg.ttl}). Every constant here must be
 * defined there: {@code CkgVocabularyTest} fails otherwise.
 */
public final class Ckg {
    public static final String NS = "https://w3id.org/conflict-kg/ontology#";

    private Ckg() {}

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    // classes
    public static final Node SourcePage = term("SourcePage");
    public static final Node Section = term("Section");
    public static final Node Sentence = term("Sentence");
    public static final Node Citation = term("Citation");
    public static final Node LinkMention = term("LinkMention");
    public static final Node ExtractionRun = term("ExtractionRun");
    public static final Node PageGraph = term("PageGraph");
    public static final Node DatePrecision = term("DatePrecision");
    public static final Node DayPrecision = term("DayPrecision");
    public static final Node MonthPrecision = term("MonthPrecision");
    public static final Node YearPrecision = term("YearPrecision");

    // object properties
    public static final Node inPage = term("inPage");
    public static final Node parentSection = term("parentSection");
    public static final Node inSection = term("inSection");
    public static final Node inSentence = term("inSentence");
    public static final Node cites = term("cites");
    public static final Node linkTarget = term("linkTarget");
    public static final Node url = term("url");
    public static final Node archiveUrl = term("archiveUrl");
    public static final Node datePrecision = term("datePrecision");
    public static final Node sourceUrl = term("sourceUrl");

    public static final Node wikipediaPage = term("wikipediaPage");
    public static final Node mentionedIn = term("mentionedIn");

    // domain classes
    public static final Node MilitaryOperation = term("MilitaryOperation");
    public static final Node Battle = term("Battle");
    public static final Node Theater = term("Theater");
    public static final Node Actor = term("Actor");
    public static final Node Country = term("Country");
    public static final Node Table = term("Table");
    public static final Node TableCell = term("TableCell");
    public static final Node Involvement = term("Involvement");
    public static final Node InvolvementType = term("InvolvementType");
    public static final Node Grouping = term("Grouping");
    public static final Node Side = term("Side");
    public static final Node lossKind = term("lossKind");
    public static final Node Killed = term("Killed");
    public static final Node Wounded = term("Wounded");
    public static final Node Captured = term("Captured");
    public static final Node allyOf = term("allyOf");
    public static final Node opponentOf = term("opponentOf");
    public static final Node UnspecifiedCasualties = term("UnspecifiedCasualties");
    public static final Node EvidenceTypes = term("EvidenceTypes");
    public static final Node BelligerentInvolvement = term("BelligerentInvolvement");
    public static final Node CategoryInvolvement = term("CategoryInvolvement");
    public static final Node within = term("within");
    public static final Node DatedEvent = term("DatedEvent");
    public static final Node CasualtyClaim = term("CasualtyClaim");
    public static final Node figure = term("figure");
    public static final Node figureMin = term("figureMin");
    public static final Node figureMax = term("figureMax");
    public static final Node figureQualifier = term("figureQualifier");
    public static final Node groupCounted = term("groupCounted");
    public static final Node claimantName = term("claimantName");
    public static final Node Coalition = term("Coalition");
    public static final Node Meeting = term("Meeting");
    public static final Node Programme = term("Programme");
    public static final Node Membership = term("Membership");
    public static final Node MemberCountClaim = term("MemberCountClaim");
    public static final Node member = term("member");
    public static final Node grouping = term("grouping");
    public static final Node ledBy = term("ledBy");
    public static final Node since = term("since");
    public static final Node date = term("date");
    public static final Node dateQualifier = term("dateQualifier");
    public static final Node statedCount = term("statedCount");
    public static final Node resolvedCount = term("resolvedCount");
    public static final Node countDisagrees = term("countDisagrees");

    // domain properties
    public static final Node inTable = term("inTable");
    public static final Node inTableCell = term("inTableCell");
    public static final Node listsActor = term("listsActor");
    public static final Node actor = term("actor");
    public static final Node theater = term("theater");
    public static final Node involvementType = term("involvementType");
    public static final Node row = term("row");
    public static final Node column = term("column");
    public static final Node background = term("background");
    public static final Node citationNeeded = term("citationNeeded");
    public static final Node note = term("note");
    public static final Node iso2 = term("iso2");
    public static final Node iso3 = term("iso3");
    public static final Node wikidataId = term("wikidataId");

    // datatype properties
    public static final Node pageId = term("pageId");
    public static final Node revisionId = term("revisionId");
    public static final Node revisionTimestamp = term("revisionTimestamp");
    public static final Node heading = term("heading");
    public static final Node headingPath = term("headingPath");
    public static final Node headingLevel = term("headingLevel");
    public static final Node order = term("order");
    public static final Node line = term("line");
    public static final Node text = term("text");
    public static final Node anchorText = term("anchorText");
    public static final Node refName = term("refName");
    public static final Node citationStyle = term("citationStyle");
    public static final Node work = term("work");
    public static final Node publisherName = term("publisherName");
    public static final Node authorName = term("authorName");
    public static final Node publicationDate = term("publicationDate");
    public static final Node accessDate = term("accessDate");
    public static final Node language = term("language");
    public static final Node citationText = term("citationText");
    public static final Node softwareVersion = term("softwareVersion");
    public static final Node pagesFailed = term("pagesFailed");
    public static final Node pagesSkipped = term("pagesSkipped");
    public static final Node pagesNotSelected = term("pagesNotSelected");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");

    // conflict module: a page's own conflict, from its infobox and categories
    public static final Node ArmedConflict = term("ArmedConflict");
    public static final Node War = term("War");
    public static final Node Place = term("Place");
    public static final Node Person = term("Person");
    public static final Node MilitaryUnit = term("MilitaryUnit");
    public static final Node Infobox = term("Infobox");
    public static final Node InfoboxField = term("InfoboxField");
    public static final Node Participation = term("Participation");
    public static final Node Belligerent = term("Belligerent");
    public static final Node Command = term("Command");
    public static final Node UnitDeployment = term("UnitDeployment");
    public static final Node ForceFigure = term("ForceFigure");
    public static final Node Strength = term("Strength");
    public static final Node Losses = term("Losses");
    public static final Node infobox = term("infobox");
    public static final Node inInfobox = term("inInfobox");
    public static final Node inInfoboxField = term("inInfoboxField");
    public static final Node partOf = term("partOf");
    public static final Node place = term("place");
    public static final Node conflict = term("conflict");
    public static final Node party = term("party");
    public static final Node commander = term("commander");
    public static final Node unit = term("unit");
    public static final Node fate = term("fate");
    public static final Node involves = term("involves");
    public static final Node category = term("category");
    public static final Node inCategory = term("inCategory");
    public static final Node side = term("side");
    public static final Node name = term("name");
    public static final Node placeText = term("placeText");
    public static final Node dateText = term("dateText");
    public static final Node result = term("result");
    public static final Node territory = term("territory");
    public static final Node fieldName = term("fieldName");
    public static final Node template = term("template");
}
