package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.catalog.MapSource;
import org.pravasi.registry.store.Store;

@DisplayName("Reading the mappable indicators")
class IndicatorReaderTest {
    final Store store = DemoPortal.shared().portal().node().store();
    final IndicatorReader reader = new IndicatorReader(MapSource.over(store, 60_000));

    @Test
    @DisplayName("reads for one named dataset, by its URI or its version's, exactly the indicator the full list holds")
    void oneDatasetEqualsItsEntryInTheList() {
        List<Indicator> all = store.read(() -> reader.read());
        assertTrue(all.size() >= 3, "the demo data has several mappable indicators");
        for (Indicator i : all) {
            assertEquals(Optional.of(i), store.read(() -> reader.readOne(i.dataset())), i.dataset());
            assertEquals(Optional.of(i), store.read(() -> reader.readOne(i.version())), i.version());
        }
    }

    @Test
    @DisplayName("finds nothing for an unknown dataset or one that has no figures by district")
    void nothingForUnknownOrUnmappable() {
        assertEquals(
                Optional.empty(),
                store.read(() -> reader.readOne("https://w3id.org/pravasi/id/dataset/nobody/nothing")));
        assertEquals(
                Optional.empty(),
                store.read(() -> reader.readOne(
                        "https://w3id.org/pravasi/id/dataset/mobility-data-cell/eshram-registrations-by-state")),
                "a state-level table");
    }
}
