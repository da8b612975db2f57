package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.portal.pages.Citation;
import org.pravasi.portal.pages.Messages;
import org.pravasi.portal.pages.Texts;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.node.RegistryNode;

/**
 * A selection read from the store's indexes (only the observations it bounds) is the selection computed from the whole
 * cube in memory, the explorer's former path, kept here as the oracle: table, rollups, withheld reasons, filters,
 * typeahead names and CSV alike.
 */
class ExploreIndexPathTest {
    static final String VIOLATIONS = "https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter";
    static final String CORRIDORS =
            "https://w3id.org/pravasi/id/dataset/migrant-helpline/calls-by-state-corridor-month";
    static final Texts EN = Messages.load().in("en");

    static DemoPortal portal;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    private static CatalogView catalogue() {
        RegistryNode node = portal.portal().node();
        return CatalogView.over(node.store(), node.uris());
    }

    private static ExploreReader reader(SearchIndex index) {
        return new ExploreReader(portal.portal().node().store(), catalogue(), index, 10, new ChangeBus());
    }

    /** The former path: the whole labelled cube read into memory, then filtered and rolled up. */
    private static Exploration wholeCube(
            ExploreReader reader, String dataset, Map<String, List<String>> params, String lang) {
        Cube cube = new CubeReader(portal.portal().node().store(), catalogue())
                .current(dataset, lang)
                .orElseThrow();
        Citation citation = Citation.read(catalogue(), dataset, "p", lang).orElseThrow();
        Shape shape = Shape.of(cube);
        return new Explorer(10)
                .explore(
                        shape,
                        b -> Optional.of(cube.rows()),
                        params,
                        reader.areas(shape, lang),
                        q -> List.of(),
                        citation.title(),
                        citation,
                        lang,
                        true);
    }

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], List.of(pairs[i + 1]));
        }
        return out;
    }

    private void assertSameAsWholeCube(String dataset, Map<String, List<String>> params, String lang) {
        try (SearchIndex index = SearchIndex.open(dir.resolve(lang + params.hashCode()))) {
            ExploreReader reader = reader(index);
            Exploration expected;
            try {
                expected = wholeCube(reader, dataset, params, lang);
            } catch (BadSelection b) {
                BadSelection actual =
                        assertThrows(BadSelection.class, () -> reader.read(dataset, params, lang, "p"), "" + params);
                assertEquals(b.getMessage(), actual.getMessage());
                assertEquals(b.parameter(), actual.parameter());
                return;
            }
            Exploration actual = reader.read(dataset, params, lang, "p").orElseThrow();
            assertEquals(expected.cells(), actual.cells(), "cells of " + params);
            assertEquals(expected, actual, "selection " + params);
            assertEquals(ExploreCsv.write(expected, EN), ExploreCsv.write(actual, EN), "CSV of " + params);
        }
    }

    @Test
    void everyDemoDatasetWholeAndRolledUpIsTheSame() throws Exception {
        try (var orgs = Files.list(Path.of("..", "datasets"))) {
            for (Path org : orgs.filter(Files::isDirectory).toList()) {
                try (var files = Files.list(org)) {
                    for (Path f :
                            files.filter(x -> x.toString().endsWith(".csv")).toList()) {
                        String name = f.getFileName().toString();
                        String dataset = "https://w3id.org/pravasi/id/dataset/" + org.getFileName() + "/"
                                + name.substring(0, name.length() - 4);
                        assertSameAsWholeCube(dataset, Map.of(), "en");
                        assertSameAsWholeCube(dataset, Map.of(), "hi");
                        for (String g : List.of("quarter", "year", "fy")) {
                            assertSameAsWholeCube(dataset, params("granularity", g), "en");
                        }
                        assertSameAsWholeCube(dataset, params("period", "2024"), "en");
                    }
                }
            }
        }
    }

    @Test
    void aDatasetWithOriginsAndDestinationsIsTheSame() {
        assertSameAsWholeCube(CORRIDORS, params("area", "10", "granularity", "quarter"), "en");
        assertSameAsWholeCube(CORRIDORS, params("area", "Bihar", "destinationArea", "27"), "en");
        assertSameAsWholeCube(CORRIDORS, params("destinationArea", "27", "period", "2024-Q1"), "en");
    }

    @Test
    void aDistrictAndATypeRolledUpToYearsAreTheSame() {
        assertSameAsWholeCube(
                VIOLATIONS,
                params("area", "Katihar", "violationType", "wage-theft", "period", "2024", "granularity", "year"),
                "en");
        assertSameAsWholeCube(VIOLATIONS, params("area", "201", "granularity", "year"), "hi");
    }

    @Test
    void aStatesDistrictsAreTheSame() {
        assertSameAsWholeCube(VIOLATIONS, params("area", "Bihar"), "en");
        assertSameAsWholeCube(VIOLATIONS, params("area", "10", "violationType", "wage-theft"), "en");
    }

    @Test
    void periodsAndFinancialYearsWithWithheldPartsAreTheSame() {
        assertSameAsWholeCube(VIOLATIONS, params("period", "2024", "granularity", "year"), "en");
        assertSameAsWholeCube(VIOLATIONS, params("period", "2024-Q1"), "en");
        assertSameAsWholeCube(
                VIOLATIONS,
                params("area", "201", "violationType", "wage-theft", "granularity", "fy", "period", "FY2023-24"),
                "en");
        assertSameAsWholeCube(VIOLATIONS, params("granularity", "fy"), "en");
    }

    @Test
    void severalValuesOfOneDimensionAreTheSame() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("violationType", List.of("wage-theft", "confiscated-documents"));
        p.put("period", List.of("2023"));
        assertSameAsWholeCube(VIOLATIONS, p, "en");
    }

    @Test
    void aSelectionThatMatchesNothingIsTheSame() {
        assertSameAsWholeCube(VIOLATIONS, params("area", "201", "violationType", "wage-theft", "period", "2019"), "en");
    }

    @Test
    void aSelectionNeedingMoreObservationsThanAllowedIsRefusedWithAWayOut() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            ExploreReader reader = reader(index);
            Exploration whole = reader.read(VIOLATIONS, Map.of(), "en", "p").orElseThrow();
            Shape.Rows none = b -> Optional.empty();
            Exploration outline = new Explorer(10)
                    .explore(
                            shapeOf(whole),
                            none,
                            Map.of(),
                            Map.of(),
                            q -> List.of(),
                            "t",
                            whole.citation(),
                            "en",
                            false);
            assertTrue(outline.cells().isEmpty(), "answered without figures");
            assertEquals(whole.filters(), outline.filters(), "the form still offers every value");
            BadSelection refused = assertThrows(
                    BadSelection.class,
                    () -> new Explorer(10)
                            .explore(
                                    shapeOf(whole),
                                    none,
                                    Map.of(),
                                    Map.of(),
                                    q -> List.of(),
                                    "t",
                                    whole.citation(),
                                    "en",
                                    true));
            assertTrue(refused.getMessage().contains("narrow it by area, "), refused.getMessage());
        }
    }

    @Test
    void theStoreStopsReadingASelectionPastTheMostObservationsAndSaysHowToNarrowIt() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            RegistryNode node = portal.portal().node();
            ExploreReader reader =
                    new ExploreReader(node.store(), catalogue(), index, new Explorer(10, 100), new ChangeBus());
            BadSelection refused = assertThrows(BadSelection.class, () -> reader.read(VIOLATIONS, Map.of(), "en", "p"));
            assertTrue(refused.getMessage().startsWith("This selection needs more than 100 observations"));
            assertTrue(refused.getMessage().contains("narrow it by area, period, violationType"), refused.getMessage());
            Exploration form =
                    reader.read(VIOLATIONS, Map.of(), "en", "p", false).orElseThrow();
            assertTrue(form.cells().isEmpty(), "no figures, not a part of them");
            Exploration whole;
            try (SearchIndex other = SearchIndex.open(dir.resolve("whole"))) {
                whole = reader(other).read(VIOLATIONS, Map.of(), "en", "p").orElseThrow();
            }
            assertEquals(whole.filters(), form.filters(), "the form still offers every value");
            assertEquals(whole.areaNames(), form.areaNames());
            Map<String, List<String>> katihar = params("area", "201", "violationType", "wage-theft");
            assertEquals(
                    wholeCube(reader, VIOLATIONS, katihar, "en").cells(),
                    reader.read(VIOLATIONS, katihar, "en", "p").orElseThrow().cells(),
                    "a narrow selection is still answered");
        }
    }

    /** The shape of the version {@code e} shows, as the reader keeps it. */
    private Shape shapeOf(Exploration e) {
        Cube cube = new CubeReader(portal.portal().node().store(), catalogue())
                .current(e.datasetUri(), "en")
                .orElseThrow();
        return Shape.of(cube);
    }
}
