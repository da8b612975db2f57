package org.pravasi.portal;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks that hold on every kind of page, in Chromium: the portal jar with the demo data ({@link DemoPortalProcess},
 * shared), and one script, {@code src/test/browser/every-page.mjs}, that loads each page of the list in
 * {@code src/test/browser/pages.mjs} (a new kind of page is one line there) once per screen and language and runs every
 * check on that visit: fits a phone, axe-core, versioned assets. Skipped, like every {@link BrowserJourney}, without
 * Chromium or Node.js (failed under {@code CI=true}).
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
    @DisplayName("fits a 390 px phone in English and Hindi, has no axe-core violation on a desktop or a phone, and"
            + " fetches its stylesheets, scripts and images by versioned URLs cached a year as immutable")
    void holdsEveryPageCheck() throws Exception {
        browser.run("every-page.mjs", portal, Map.of());
    }
}
