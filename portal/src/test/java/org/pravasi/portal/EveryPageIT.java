package org.pravasi.portal;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks that hold on every kind of page, in Chromium: the portal jar with the demo data ({@link DemoPortalProcess},
 * shared), and one script per check over the list of pages in {@code src/test/browser/pages.mjs} (a new kind of page is
 * one line there). Skipped, like every {@link BrowserJourney}, without Chromium or Node.js (failed under
 * {@code CI=true}).
 */
@DisplayName("Every kind of page, in Chromium")
@ExtendWith(DemoPortalProcess.class)
class EveryPageIT {
    private static PortalProcess portal;
    private static BrowserJourney browser;

    @BeforeAll
    static void start(PortalProcess demo) throws Exception {
        browser = BrowserJourney.tools();
        portal = demo;
    }

    @Test
    @DisplayName("fits a 390 px phone in English and Hindi, chart labels ≥ 11 px, search results before filters")
    void fitsAPhone() throws Exception {
        browser.run("mobile.mjs", portal, Map.of());
    }

    @Test
    @DisplayName("axe-core finds no accessibility violation, on a desktop and on a phone")
    void hasNoAccessibilityViolation() throws Exception {
        browser.run("axe.mjs", portal, Map.of());
    }

    @Test
    @DisplayName("fetches its stylesheets, scripts and images by versioned URLs cached a year as immutable")
    void fetchesOnlyVersionedAssets() throws Exception {
        browser.run("assets.mjs", portal, Map.of());
    }
}
