package org.pravasi.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class CodeListsTest {
    private final Ontology ontology = Ontology.load();
    private final CodeLists codes = ontology.codes();
    private final Model model = ontology.codeLists();

    /** Schemes that a dimension of the vocabulary uses as its qb:codeList: these also have a _T total. */
    private Set<String> dimensionSchemes() {
        Set<String> ids = new HashSet<>();
        ontology.vocabulary()
                .listObjectsOfProperty(QB.codeList)
                .forEach(list -> ids.add(PravasiUris.schemeId(list.asResource().getURI())));
        return ids;
    }

    @Test
    void everySchemeOfTheDataModelHasExactlyTheListedNotationsPlusTotalForDimensions() {
        Map<String, Set<String>> contract = DataModelDoc.schemes();
        assertEquals(12, contract.size(), "schemes in the docs/data-model.md table");
        for (var scheme : contract.entrySet()) {
            Set<String> expected = new HashSet<>(scheme.getValue());
            if (dimensionSchemes().contains(scheme.getKey())) {
                expected.add("_T");
            }
            assertEquals(expected, codes.notations(scheme.getKey()), scheme.getKey());
        }
        assertEquals(new TreeSet<>(contract.keySet()), new TreeSet<>(codes.schemeIds()));
    }

    @Test
    void everyConceptHasEnglishAndHindiLabelsAndDefinitionsAndItsScheme() {
        List<String> problems = new ArrayList<>();
        for (String id : codes.schemeIds()) {
            Resource scheme = model.createResource(PravasiUris.scheme(id));
            for (String notation : codes.notations(id)) {
                Resource concept = codes.concept(id, notation).orElseThrow();
                String where = id + "/" + notation + ": ";
                if (!concept.getURI().equals(PravasiUris.concept(id, notation))) problems.add(where + "URI " + concept);
                if (!concept.hasProperty(RDF.type, SKOS.Concept)) problems.add(where + "not a skos:Concept");
                if (codes.label(concept, "en").isEmpty()) problems.add(where + "no prefLabel@en");
                if (codes.label(concept, "hi")
                        .filter(l -> l.matches(".*\\p{IsDevanagari}.*"))
                        .isEmpty()) problems.add(where + "no prefLabel@hi in Devanagari");
                if (!has(concept, SKOS.definition, "en")) problems.add(where + "no definition@en");
                if (!has(concept, SKOS.definition, "hi")) problems.add(where + "no definition@hi");
                if (!concept.hasProperty(SKOS.topConceptOf, scheme))
                    problems.add(where + "not skos:topConceptOf its scheme");
                if (!scheme.hasProperty(SKOS.hasTopConcept, concept))
                    problems.add(where + "missing from skos:hasTopConcept");
            }
            if (!has(scheme, SKOS.prefLabel, "en") || !has(scheme, SKOS.prefLabel, "hi"))
                problems.add(id + ": scheme needs prefLabel@en and @hi");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void totalsAreCalledTotalAndKul() {
        for (String id : dimensionSchemes()) {
            Resource total = codes.concept(id, "_T").orElseThrow();
            assertEquals(Optional.of("Total"), codes.label(total, "en"), id);
            assertEquals(Optional.of("कुल"), codes.label(total, "hi"), id);
        }
    }

    @Test
    void everyDimensionSchemeSaysWhetherItsCategoriesOverlap() {
        Map<String, Boolean> stated = new java.util.TreeMap<>();
        for (String id : dimensionSchemes()) {
            Resource scheme = model.createResource(PravasiUris.scheme(id));
            assertTrue(scheme.hasProperty(PV.categoriesOverlap), id + " states pv:categoriesOverlap");
            stated.put(id, scheme.getProperty(PV.categoriesOverlap).getBoolean());
        }
        // One person may get several services, one case record several violations: those are never added up.
        assertEquals(
                Map.of(
                        "service-type", true,
                        "violation-type", true,
                        "sector", false,
                        "gender", false,
                        "age-band", false,
                        "migration-stream", false,
                        "resolution-channel", false,
                        "case-outcome", false),
                stated);
        assertTrue(model.createResource(PravasiUris.scheme("ilo-forced-labour"))
                .getProperty(PV.categoriesOverlap)
                .getBoolean());
    }

    @Test
    void overlappingSchemesSayWhyInEnglishAndHindi() {
        for (String id : List.of("service-type", "violation-type", "ilo-forced-labour")) {
            Resource scheme = model.createResource(PravasiUris.scheme(id));
            assertEquals(
                    Set.of("en", "hi"),
                    new TreeSet<>(model.listObjectsOfProperty(scheme, SKOS.scopeNote)
                            .mapWith(n -> n.asLiteral().getLanguage())
                            .toSet()),
                    id);
        }
    }

    @Test
    void violationTypesWithAnIloCounterpartAreMappedWithCloseMatch() {
        Map<String, Set<String>> expected = Map.of(
                "withheld-wages", Set.of("withholding-of-wages"),
                "confiscated-documents", Set.of("retention-of-identity-documents"),
                "debt-bondage", Set.of("debt-bondage"),
                "restricted-movement", Set.of("restriction-of-movement"),
                "physical-violence", Set.of("physical-sexual-violence"),
                "sexual-violence", Set.of("physical-sexual-violence"),
                "unsafe-work", Set.of("abusive-working-conditions"),
                "trafficking", Set.of("deception", "abuse-of-vulnerability"));
        expected.forEach((violation, indicators) -> {
            Set<String> matched = new HashSet<>();
            codes.concept("violation-type", violation)
                    .orElseThrow()
                    .listProperties(SKOS.closeMatch)
                    .forEach(s -> matched.add(
                            s.getResource().getURI().replace(PravasiUris.scheme("ilo-forced-labour") + "/", "")));
            assertEquals(indicators, matched, violation);
            indicators.forEach(
                    i -> assertTrue(codes.concept("ilo-forced-labour", i).isPresent(), i));
        });
    }

    @Test
    void theIloSchemeListsElevenIndicatorsAndCitesItsSource() {
        assertEquals(11, codes.notations("ilo-forced-labour").size());
        String source = model.createResource(PravasiUris.scheme("ilo-forced-labour"))
                .getProperty(DCTerms.source)
                .getString();
        assertTrue(source.contains("ILO Indicators of Forced Labour") && source.contains("2012"), source);
    }

    @Test
    void confidentialObservationStatusIsCloseToSdmxConfidential() {
        Resource confidential = codes.concept("obs-status", "confidential").orElseThrow();
        assertTrue(confidential.hasProperty(SKOS.closeMatch, SDMX.confStatusConfidential));
        assertTrue(
                codes.concept("obs-status", "normal").orElseThrow().hasProperty(SKOS.closeMatch, SDMX.obsStatusNormal));
    }

    @Test
    void onorcHasItsAbbreviationAndLongNameAsAltLabels() {
        Resource onorc = codes.concept("service-type", "onorc").orElseThrow();
        assertTrue(onorc.hasProperty(SKOS.altLabel, "ONORC", "en"));
        assertTrue(onorc.hasProperty(SKOS.altLabel, "One Nation One Ration Card", "en"));
    }

    @Test
    void countriesAreNotatedByIsoAlpha3() {
        assertEquals(
                PravasiUris.country("NPL"),
                codes.concept("country", "NPL").orElseThrow().getURI());
        assertEquals(
                Optional.of("नेपाल"),
                codes.label(codes.concept("country", "NPL").orElseThrow(), "hi"));
    }

    @Test
    void lookupsOfUnknownSchemesAndNotationsAreEmpty() {
        assertFalse(codes.hasScheme("no-such-scheme"));
        assertEquals(Set.of(), codes.notations("no-such-scheme"));
        assertEquals(Optional.empty(), codes.concept("violation-type", "no-such-notation"));
        assertEquals(Optional.empty(), codes.concept("no-such-scheme", "_T"));
        assertEquals(Optional.empty(), codes.label(ResourceFactory.createResource("https://example.org/x"), "en"));
    }

    @Test
    void labelsAreLookedUpByExactLanguage() {
        Resource wageTheft = codes.concept("violation-type", "wage-theft").orElseThrow();
        assertEquals(Optional.of("Wage theft"), codes.label(wageTheft, "en"));
        assertEquals(Optional.of("मज़दूरी की चोरी"), codes.label(wageTheft, "hi"));
        assertEquals(Optional.empty(), codes.label(wageTheft, "ta"));
    }

    @Test
    void theOntologyIsLoadedOnceAndIsReadOnly() {
        assertSame(ontology, Ontology.load());
        assertThrows(AddDeniedException.class, () -> model.add(RDFS.Resource, RDFS.label, "x"));
        assertThrows(AddDeniedException.class, () -> ontology.vocabulary().add(RDFS.Resource, RDFS.label, "x"));
    }

    private static boolean has(Resource r, Property p, String lang) {
        return r.listProperties(p).filterKeep(s -> lang.equals(s.getLanguage())).hasNext();
    }
}
