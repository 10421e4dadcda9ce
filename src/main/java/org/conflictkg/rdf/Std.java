package org.conflictkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Terms of public vocabularies (PROV-O, Dublin Core, schema.org, VoID) that the mapping uses. */
public final class Std {
    private Std() {}

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node type = RDF.type.asNode();
    public static final Node label = RDFS.label.asNode();

    public static final Node provEntity = NodeFactory.createURI(PROV + "Entity");
    public static final Node provActivity = NodeFactory.createURI(PROV + "Activity");
    public static final Node provSoftwareAgent = NodeFactory.createURI(PROV + "SoftwareAgent");
    public static final Node provWasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node provWasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
    public static final Node provUsed = NodeFactory.createURI(PROV + "used");
    public static final Node provStartedAtTime = NodeFactory.createURI(PROV + "startedAtTime");
    public static final Node provEndedAtTime = NodeFactory.createURI(PROV + "endedAtTime");
    public static final Node provWasAssociatedWith = NodeFactory.createURI(PROV + "wasAssociatedWith");

    public static final Node dctTitle = NodeFactory.createURI(DCT + "title");
    public static final Node dctDescription = NodeFactory.createURI(DCT + "description");
    public static final Node dctLicense = NodeFactory.createURI(DCT + "license");
    public static final Node dctSource = NodeFactory.createURI(DCT + "source");
    public static final Node dctRightsHolder = NodeFactory.createURI(DCT + "rightsHolder");
    public static final Node dctBibliographicCitation = NodeFactory.createURI(DCT + "bibliographicCitation");
    public static final Node dctModified = NodeFactory.createURI(DCT + "modified");

    public static final Node voidDataset = NodeFactory.createURI(VOID + "Dataset");
    public static final Node voidTriples = NodeFactory.createURI(VOID + "triples");
    public static final Node voidSparqlEndpoint = NodeFactory.createURI(VOID + "sparqlEndpoint");
    public static final Node voidSubset = NodeFactory.createURI(VOID + "subset");

    public static final Node skosExactMatch = NodeFactory.createURI(SKOS + "exactMatch");
    public static final Node skosAltLabel = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node owlSameAs = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final Node foafPrimaryTopic = NodeFactory.createURI(FOAF + "primaryTopic");
    public static final Node foafIsPrimaryTopicOf = NodeFactory.createURI(FOAF + "isPrimaryTopicOf");
    public static final Node skosCloseMatch = NodeFactory.createURI(SKOS + "closeMatch");
    public static final Node schemaSameAs = NodeFactory.createURI(SCHEMA + "sameAs");
    public static final Node skosConcept = NodeFactory.createURI(SKOS + "Concept");
    public static final Node skosConceptScheme = NodeFactory.createURI(SKOS + "ConceptScheme");
    public static final Node skosPrefLabel = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node skosInScheme = NodeFactory.createURI(SKOS + "inScheme");
    public static final Node skosHasTopConcept = NodeFactory.createURI(SKOS + "hasTopConcept");
    public static final Node schemaUrl = NodeFactory.createURI(SCHEMA + "url");

    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final Node geoLat = NodeFactory.createURI(GEO + "lat");
    public static final Node geoLong = NodeFactory.createURI(GEO + "long");

    public static final String GSP = "http://www.opengis.net/ont/geosparql#";
    public static final Node gspFeature = NodeFactory.createURI(GSP + "Feature");
    public static final Node gspGeometry = NodeFactory.createURI(GSP + "Geometry");
    public static final Node gspHasGeometry = NodeFactory.createURI(GSP + "hasGeometry");
    public static final Node gspAsWKT = NodeFactory.createURI(GSP + "asWKT");
    public static final String WKT_LITERAL = GSP + "wktLiteral";
}
