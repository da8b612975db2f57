package org.pravasi.ontology.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pravasi.ontology.GEO;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeographyImportTest {
    private Geography geography;

    @BeforeAll
    void importFromTheRawFiles() {
        geography = GeographyImport.run(GeographySource.folder(GeoFolder.require(), RawFile.pinnedChecksums()));
    }

    @Test
    void importsAllThirtySixStatesAndUnionTerritoriesWithHindiNames() {
        assertEquals(36, geography.states().size());
        geography.states().forEach(s -> assertTrue(s.nameHi().isPresent(), s.name()));
        assertEquals(Optional.of("बिहार"), geography.state("10").flatMap(State::nameHi));
        assertEquals(
                "Dadra and Nagar Haveli and Daman and Diu",
                geography.state("38").orElseThrow().name());
        assertTrue(geography.state("37").orElseThrow().unionTerritory(), "Ladakh is a union territory");
    }

    @Test
    void importsEveryLgdDistrictAndAtLeast640WithBoundaries() {
        assertEquals(763, geography.districts().size());
        assertTrue(geography.districts().stream().filter(District::hasBoundary).count() >= 640);
    }

    @Test
    void joinsLgdCodesThroughTheCensus2011Crosswalk() {
        District nicobars = geography.district("603").orElseThrow();
        assertEquals("Nicobars", nicobars.name());
        assertEquals(Optional.of("638"), nicobars.census2011Code());
        assertTrue(nicobars.hasBoundary());
    }

    @Test
    void katiharIsLgd201InBihar() {
        District katihar = geography.district("201").orElseThrow();
        assertEquals("Katihar", katihar.name());
        assertEquals("10", katihar.stateLgd());
        assertTrue(geography.districtsOf("10").contains(katihar));
    }

    @Test
    void joinsTheFourPost2011UttarPradeshBoundariesByName() {
        for (String lgd : Set.of("640", "659", "660", "661")) {
            assertTrue(geography.district(lgd).orElseThrow().hasBoundary(), lgd);
        }
    }

    @Test
    void mapsAPost2011DistrictWithoutPolygonToItsParent() {
        District fazilka = geography.district("651").orElseThrow();
        assertFalse(fazilka.hasBoundary());
        assertEquals(Optional.of("31"), fazilka.mapsTo2011());
        assertEquals(
                Optional.empty(), geography.district("671").orElseThrow().mapsTo2011(), "Shahdara has several parents");
    }

    @Test
    void notesTheBoundariesItCouldNotUse() {
        String notes = String.join("\n", geography.notes());
        assertTrue(notes.contains("\"Data Not Available\""), notes);
        assertTrue(notes.contains("\"Diu\"") && notes.contains("no polygon"), notes);
    }

    @Test
    void theGraphDescribesDistrictsAsSkosConceptsWithGeometry() {
        Model model = geography.model();
        Resource katihar = model.createResource(PravasiUris.district("201"));
        assertTrue(katihar.hasProperty(SKOS.notation, "201"));
        assertTrue(katihar.hasProperty(PV.lgdCode, "201"));
        assertTrue(katihar.hasProperty(SKOS.prefLabel, "Katihar", "en"));
        assertTrue(katihar.hasProperty(PV.state, model.createResource(PravasiUris.state("10"))));
        String wkt = katihar.getPropertyResourceValue(GEO.hasGeometry)
                .getProperty(GEO.asWKT)
                .getString();
        assertTrue(wkt.startsWith("POLYGON") || wkt.startsWith("MULTIPOLYGON"), wkt);
        assertTrue(model.createResource(PravasiUris.district("651"))
                .hasProperty(PV.mapsTo2011, model.createResource(PravasiUris.district("31"))));
        assertTrue(model.createResource(PravasiUris.state("10")).hasProperty(SKOS.prefLabel, "बिहार", "hi"));
    }

    @Test
    void theGraphCarriesTheAttributionOnItsDatasetResource() {
        Resource dataset = geography.model().createResource(PravasiUris.GEO_GRAPH);
        assertEquals(Geography.ATTRIBUTION, dataset.getProperty(DCTerms.rights).getString());
        assertEquals(3, dataset.listProperties(DCTerms.source).toList().size());
    }

    @Test
    void districtGeoJsonParsesWithAtLeast640FeaturesAndTheirProperties() {
        JsonNode features =
                JsonMapper.shared().readTree(geography.districtsGeoJson()).path("features");
        assertTrue(features.size() >= 640, "features: " + features.size());
        JsonNode katihar = features.values().stream()
                .filter(f -> f.path("properties").path("lgd").asString().equals("201"))
                .findFirst()
                .orElseThrow();
        assertEquals("Katihar", katihar.path("properties").path("name").asString());
        assertEquals("Bihar", katihar.path("properties").path("state").asString());
        assertEquals("10", katihar.path("properties").path("stateLgd").asString());
        assertEquals("MultiPolygon", katihar.path("geometry").path("type").asString());
    }

    @Test
    void stateGeoJsonHasOneDissolvedOutlinePerState() {
        JsonNode features =
                JsonMapper.shared().readTree(geography.statesGeoJson()).path("features");
        assertEquals(36, features.size());
        Set<String> codes = features.values().stream()
                .map(f -> f.path("properties").path("lgd").asString())
                .collect(Collectors.toSet());
        assertEquals(geography.states().stream().map(State::lgd).collect(Collectors.toSet()), codes);
        JsonNode bihar = features.values().stream()
                .filter(f -> f.path("properties").path("lgd").asString().equals("10"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, bihar.path("geometry").path("coordinates").size(), "Bihar dissolves into one polygon");
    }
}
