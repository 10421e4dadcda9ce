package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.SimpleIRIMapper;

/** The ontology with its alignments, read by the OWL API: consistent, every class satisfiable, OWL 2 DL. */
class ReasonerTest {
    @Test
    void ontologyIsConsistentSatisfiableAndInOwl2Dl() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        // The core's IRI is a w3id.org address; read it from the working tree, never from the network.
        m.getIRIMappers().add(new SimpleIRIMapper(IRI.create("https://w3id.org/conflict-kg/ontology"),
                IRI.create(new File("ontology/conflict-kg.ttl"))));
        OWLOntology all = m.loadOntologyFromOntologyDocument(new File("ontology/alignments.ttl"));
        assertEquals(1, all.getImports().size(), "alignments import the core");

        OWLReasoner r = new ReasonerFactory().createReasoner(all);
        try {
            assertTrue(r.isConsistent());
            assertEquals(0, r.getUnsatisfiableClasses().getEntitiesMinusBottom().size(),
                    () -> "unsatisfiable: " + r.getUnsatisfiableClasses().getEntitiesMinusBottom());
        } finally {
            r.dispose();
        }

        OWLProfileReport report = new OWL2DLProfile().checkOntology(all);
        assertTrue(report.isInProfile(), () -> report.getViolations().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
        assertTrue(all.getImportsClosure().stream().mapToLong(o -> o.getClassesInSignature().size()).sum() >= 10);
    }

    @Test
    void theProfileCheckRejectsADatatypeOutsideTheOwl2DlMap() throws Exception {
        String bad = "@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."
                + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . <urn:o> a owl:Ontology ."
                + "<urn:p> a owl:DatatypeProperty ; rdfs:range xsd:gYear .";
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                new org.semanticweb.owlapi.io.StringDocumentSource(bad));
        assertFalse(new OWL2DLProfile().checkOntology(o).isInProfile());
    }
}
