package org.pravasi.portal;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journalist's journey in a real browser: the portal jar with the demo data ({@link DemoPortalProcess}, shared),
 * and {@code src/test/browser/explore-journey.mjs} driving Debian's Chromium from the home page to Katihar's wage theft
 * in 2024 in the explorer (at most three interactions), its suppression status, the citation, the CSV download, an
 * independent SPARQL query, and Hindi, through {@link BrowserJourney}.
 */
@DisplayName("A journalist finds, checks and cites a figure in the explorer, in Chromium")
@ExtendWith(DemoPortalProcess.class)
class ExplorerJourneyIT {
    @Test
    @DisplayName("home → Katihar, wage theft, 2024 in three interactions: figure, status, citation, CSV, SPARQL, Hindi")
    void journey(PortalProcess portal) throws Exception {
        BrowserJourney.tools().run("explore-journey.mjs", portal, Map.of());
    }
}
