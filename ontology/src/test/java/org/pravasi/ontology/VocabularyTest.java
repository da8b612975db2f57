package org.pravasi.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");
    private final Model vocabulary = Ontology.load().vocabulary();

    private Set<String> definedTerms() {
        Set<String> terms = new TreeSet<>();
        vocabulary.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(PV.NS)) {
                terms.add(s.getURI().substring(PV.NS.length()));
            }
        });
        return terms;
    }

    @Test
    void everyTermAndTheOntologyHaveEnglishAndHindiLabelAndComment() {
        List<String> missing = new ArrayList<>();
        List<Resource> subjects = new ArrayList<>(definedTerms().stream()
                .map(t -> vocabulary.createResource(PV.NS + t))
                .toList());
        subjects.add(PV.ONTOLOGY);
        for (Resource term : subjects) {
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "hi")) {
                    if (!vocabulary
                            .listObjectsOfProperty(term, p)
                            .filterKeep(o -> lang.equals(language(o)))
                            .hasNext()) {
                        missing.add(term.getLocalName() + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyHindiLiteralIsWrittenInDevanagari() {
        vocabulary.listStatements().forEach(s -> {
            if ("hi".equals(language(s.getObject()))) {
                assertTrue(DEVANAGARI.matcher(s.getString()).find(), () -> s.getSubject() + " " + s.getString());
            }
        });
    }

    @Test
    void everyPvTermOfTheDataModelIsDefined() {
        Set<String> named = new TreeSet<>(DataModelDoc.pvTerms());
        named.removeAll(definedTerms());
        assertEquals(Set.of(), named, "named in docs/data-model.md but not in vocabulary.ttl");
    }

    @Test
    void theJavaConstantsAreExactlyTheVocabularyTerms() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : PV.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r && !r.equals(PV.ONTOLOGY)) {
                assertEquals(PV.NS + f.getName(), r.getURI());
                constants.add(f.getName());
            }
        }
        assertEquals(definedTerms(), constants);
    }

    @Test
    void codedDimensionsPointAtAnExistingCodeList() {
        vocabulary.listSubjectsWithProperty(RDF.type, QB.CodedProperty).forEach(dimension -> {
            assertTrue(dimension.hasProperty(RDF.type, QB.DimensionProperty), dimension.getLocalName());
            assertTrue(dimension.hasProperty(RDFS.range), dimension.getLocalName() + " has no rdfs:range");
            String scheme = PravasiUris.schemeId(
                    dimension.getPropertyResourceValue(QB.codeList).getURI());
            assertTrue(Ontology.load().codes().hasScheme(scheme), dimension.getLocalName() + " → " + scheme);
        });
        assertEquals(
                8, vocabulary.listSubjectsWithProperty(QB.codeList).toList().size());
    }

    @Test
    void measuresAreIntegerCounts() {
        List<Resource> measures = vocabulary
                .listSubjectsWithProperty(RDF.type, QB.MeasureProperty)
                .toList();
        assertEquals(Set.of(PV.families, PV.individuals, PV.cases, PV.calls, PV.registrations), Set.copyOf(measures));
        measures.forEach(m -> assertEquals(XSD.integer, m.getPropertyResourceValue(RDFS.range), m.getLocalName()));
    }

    @Test
    void theOntologyIsLicensedCcBy4AndVersioned() {
        assertTrue(PV.ONTOLOGY
                .inModel(vocabulary)
                .hasProperty(
                        DCTerms.license, vocabulary.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(PV.ONTOLOGY.inModel(vocabulary).hasProperty(OWL.versionInfo));
        assertTrue(PV.ONTOLOGY.inModel(vocabulary).hasProperty(RDF.type, OWL.Ontology));
    }

    private static String language(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLanguage() : null;
    }
}
