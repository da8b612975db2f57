package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.store.Store;

@DisplayName("The map service, built from the collaborators it needs: a store, a change bus, k and a timeout")
class MapServiceTest {
    final Store store = DemoPortal.shared().portal().node().store();

    @Test
    @DisplayName(
            "reads figures from the store it is given and forgets them when the bus it is given announces a change")
    void readsTheStoreAndListensToTheBus() {
        ChangeBus bus = new ChangeBus();
        MapService service = MapService.create(store, bus, 10, 60_000);
        Selection s = Selections.defaults(service.indicators().getFirst());
        assertFalse(service.cached(s, "en"));
        String json = service.mapJson(s, "en");
        assertTrue(service.cached(s, "en"), "cached after the first answer");
        bus.announce(new ChangeEvent(
                ChangeEvent.Kind.PUBLISHED,
                s.indicator().dataset(),
                s.indicator().version(),
                "org",
                Instant.now()));
        assertFalse(service.cached(s, "en"), "forgotten after the announced change");
        assertEquals(json, service.mapJson(s, "en"), "the same store gives the same figures");
    }

    @Test
    @DisplayName("applies the threshold it is given")
    void appliesItsThreshold() {
        MapService strict = MapService.create(store, new ChangeBus(), Integer.MAX_VALUE, 60_000);
        Selection s = Selections.defaults(strict.indicators().getFirst());
        assertTrue(
                strict.map(s).districts().stream().noneMatch(d -> d.status() == Status.VALUE && d.value() > 0),
                "no positive figure reaches k = MAX_VALUE");
    }
}
