package org.pravasi.portal;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The district map in a real browser, and what each page weighs: the portal jar with the demo data
 * ({@link DemoPortalProcess}, shared), and {@code src/test/browser/map.mjs} driving Debian's Chromium through the map
 * (zoom to the data, circles when few districts have data, no data unlike the lowest class, years, tooltips, tap then
 * open on touch, CSV, SVG and PNG of the view) and asserting issue 23's byte budgets (home and /map at most 200 KB, a
 * map change at most 15 KB, as transferred with an empty cache). Skipped, like {@link BrowserTourIT}, without Chromium
 * or Node.js (failed under {@code CI=true}).
 */
@DisplayName("The district map in Chromium, within its byte budgets")
@ExtendWith(DemoPortalProcess.class)
class MapBrowserIT {
    @Test
    @DisplayName("zoom to data, circles, no-data pattern, years, tooltips, touch, exports, and home/map/change bytes")
    void map(PortalProcess portal) throws Exception {
        BrowserJourney.tools().run("map.mjs", portal, Map.of());
    }
}
