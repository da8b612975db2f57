package org.pravasi.portal.map;

import java.util.List;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * The district map's data: mappable indicators and per-district figures, read from the node's store and cached until
 * the next change. Every method blocks (store reads): call it on a worker thread, never on the event loop.
 */
public interface MapService {

    /**
     * A service over {@code store}, whose cached figures are forgotten on every change {@code changes} announces.
     *
     * @param threshold the disclosure threshold k
     * @param timeoutMs how long one read may take
     */
    static MapService create(Store store, ChangeBus changes, int threshold, long timeoutMs) {
        StoreMapService service = new StoreMapService(store, threshold, timeoutMs);
        changes.subscribe(e -> service.invalidate());
        return service;
    }

    /** Every current dataset version with figures by district. */
    List<Indicator> indicators();

    /** The districts and states of the reference geography (empty when it is not installed). */
    DistrictDirectory geography();

    /** Checks a request; strict for the API, lenient for the page (see {@link Resolution}). */
    Resolution resolve(MapRequest request, boolean lenient);

    /** The figures for a checked selection. */
    MapResult map(Selection selection);

    /**
     * The figures for a checked selection as the JSON of {@code GET /api/map}, the period labelled in {@code lang}
     * ({@code en} or {@code hi}), serialised once per change.
     */
    String mapJson(Selection selection, String lang);

    /** Whether the figures for this selection are cached as JSON in {@code lang}. */
    boolean cached(Selection selection, String lang);
}
