package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.testing.TestNode;

/**
 * The dataset page's summary of a version, made in one pass over its observations without holding them, is what the
 * whole version read into memory gives: its first rows, their number and every total its charts draw.
 */
@DisplayName("Dataset page: a version summarised one observation at a time")
class VersionSummariesTest {
    private static final String ORG = "summary-org";
    private static final String DATASET = "https://w3id.org/pravasi/id/dataset/" + ORG + "/violations";
    private static final List<String> TYPES = List.of("wage-theft", "withheld-wages", "trafficking");

    @TempDir
    static Path dir;

    static RegistryNode node;
    static CatalogView catalogue;

    @BeforeAll
    static void start() {
        node = TestNode.start(dir, Optional.empty());
        node.organisations().upsert(Organisation.named(ORG, ORG));
        catalogue = CatalogView.over(node.store(), node.uris());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    @DisplayName("first rows, their number and the totals by period and by category equal the whole version's, in"
            + " both languages; a version is read once whatever the language, and again after a change to it")
    void aSummaryIsTheWholeVersionsFigures() {
        publish(0);
        VersionSummaries summaries = new VersionSummaries(node.store(), catalogue, node.bus());
        CubeReader cubes = new CubeReader(node.store(), catalogue);
        for (String lang : List.of("en", "hi")) {
            Cube whole = cubes.current(DATASET, lang).orElseThrow();
            VersionSummary s = summaries.current(DATASET, lang).orElseThrow();
            assertTrue(whole.rows().size() > ObservationTable.MAX_ROWS, "more rows than a page shows");
            assertEquals(whole.rows().size(), s.observations());
            assertEquals(
                    whole.rows().subList(0, ObservationTable.MAX_ROWS), s.head().rows(), lang);
            assertEquals(whole.dimensions(), s.head().dimensions(), lang);
            assertEquals(whole.measure(), s.head().measure(), lang);
            assertEquals(Totals.byPeriod(whole), s.byPeriod(), lang);
            assertEquals(Totals.byDimension(whole, s.category()), s.byCategory(), lang);
            assertEquals(2, s.category(), "the violation type");
            assertFalse(s.byPeriod().isEmpty(), "a chart over time");
            assertEquals(TYPES.size(), s.byCategory().size(), "one bar per type, none for the total code");
            assertTrue(s.byCategory().stream().anyMatch(p -> p.suppressed() > 0), "some totals have withheld cells");
        }
        assertEquals(1, summaries.made(), "one pass for both languages");

        publish(1);
        VersionSummary next = summaries.current(DATASET, "en").orElseThrow();
        assertEquals(2, summaries.made(), "a new version is read");
        assertEquals(Totals.byPeriod(cubes.current(DATASET, "en").orElseThrow()), next.byPeriod());

        // A harvest may rewrite a peer's version under its URI: its announcement makes the next page read it again.
        node.bus()
                .announce(new ChangeEvent(
                        ChangeEvent.Kind.HARVESTED, DATASET, next.head().versionUri(), ORG, Instant.now()));
        summaries.current(DATASET, "en").orElseThrow();
        assertEquals(3, summaries.made());
        summaries.current(DATASET, "hi").orElseThrow();
        assertEquals(3, summaries.made());
    }

    /**
     * Publishes 40 districts × 12 quarters × (3 types and their total); a {@code shift} other than 0 changes every
     * count and makes none small.
     */
    private static void publish(int shift) {
        StringBuilder csv = new StringBuilder("district,quarter,violation,cases\n");
        try (InputStream in = VersionSummariesTest.class.getResourceAsStream(
                "/org/pravasi/registry/workspace/district-names-hi.csv")) {
            List<String> districts = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1 + 40L * shift)
                    .limit(40)
                    .map(l -> l.substring(0, l.indexOf(',')))
                    .toList();
            int n = 0;
            for (String d : districts) {
                for (int q = 0; q < 12; q++) {
                    long total = 0;
                    for (String type : TYPES) {
                        // Every seventh count is small, so disclosure control withholds it (and what reveals it).
                        long cases = ++n % 7 == 0 ? 3 : 20 + n % 30;
                        total += cases;
                        row(csv, d, q, type, cases);
                    }
                    row(csv, d, q, "_T", total);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String descriptor = """
                {"slug": "violations", "publisher": "%s", "title": "Violations", "description": "Cases recorded.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "violation", "role": "dimension", "codeList": "violation-type"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(ORG);
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        ORG,
                        "violations.json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        "violations.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
    }

    private static void row(StringBuilder csv, String district, int q, String type, long cases) {
        csv.append(district)
                .append(',')
                .append(2021 + q / 4)
                .append("-Q")
                .append(q % 4 + 1)
                .append(',')
                .append(type)
                .append(',')
                .append(cases)
                .append('\n');
    }
}
