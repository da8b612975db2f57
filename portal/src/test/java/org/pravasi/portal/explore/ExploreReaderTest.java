package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.node.RegistryNode;

/** Selections asked again are answered from memory until the store announces a change. */
class ExploreReaderTest {
    static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter";
    static final Map<String, List<String>> KATIHAR_2024 = Map.of(
            "area", List.of("Katihar"),
            "violationType", List.of("wage-theft"),
            "period", List.of("2024"),
            "granularity", List.of("year"));

    static DemoPortal portal;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    private ExploreReader reader(SearchIndex index, ChangeBus changes) {
        RegistryNode node = portal.portal().node();
        return new ExploreReader(node.store(), CatalogView.over(node.store(), node.uris()), index, 10, changes);
    }

    @Test
    void aSelectionAskedAgainIsAnsweredFromMemory() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            ExploreReader reader = reader(index, new ChangeBus());
            Exploration first = reader.read(DATASET, KATIHAR_2024, "en", "p").orElseThrow();
            assertSame(first, reader.read(DATASET, KATIHAR_2024, "en", "p").orElseThrow());
            assertNotSame(first, reader.read(DATASET, KATIHAR_2024, "hi", "p").orElseThrow(), "another language");
            assertNotSame(first, reader.read(DATASET, KATIHAR_2024, "en", "q").orElseThrow(), "another permalink");
            Exploration whole = reader.read(DATASET, Map.of("area", List.of("Katihar")), "en", "p")
                    .orElseThrow();
            assertNotSame(first, whole, "another selection");
            assertEquals(first.versionUri(), whole.versionUri());
        }
    }

    @Test
    void anyAnnouncedChangeForgetsTheKeptSelections() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            ChangeBus changes = new ChangeBus();
            ExploreReader reader = reader(index, changes);
            Exploration first = reader.read(DATASET, KATIHAR_2024, "en", "p").orElseThrow();
            changes.announce(new ChangeEvent(
                    ChangeEvent.Kind.HARVESTED, "https://example.org/other", "", "other-org", Instant.now()));
            Exploration again = reader.read(DATASET, KATIHAR_2024, "en", "p").orElseThrow();
            assertNotSame(first, again);
            assertEquals(first.cells(), again.cells());
        }
    }

    @Test
    void aKeptSelectionWeighsItsKeyToo() {
        // 4,000 characters of parameters that select nothing weigh as 63 cells, not as one: a client sending many
        // distinct long parameter lists cannot fill memory with keys the weight does not count.
        assertEquals(1, ExploreReader.weight(0, 0));
        assertEquals(1 + 12, ExploreReader.weight(0, 12));
        assertEquals(1 + 62, ExploreReader.weight(4_000, 0));
        assertTrue(ExploreReader.KEPT_CELLS / ExploreReader.weight(8_192, 0) < 2_000);
    }
}
