package org.pravasi.portal;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SPARQL page in a real browser: the portal jar with the demo data ({@link DemoPortalProcess}, shared), and
 * {@code src/test/browser/sparql-editor.mjs} driving Debian's Chromium through YASQE (highlighting, an example loaded
 * on click, the prefixes), a query run against the portal's own endpoint and shown as a YASR table, "Run (CSV)"
 * downloading a file, the Hindi examples and the form without scripts. Skipped, like {@link BrowserTourIT}, without
 * Chromium or Node.js (failed under {@code CI=true}).
 */
@DisplayName("The SPARQL page runs a query in YASGUI and shows a table, in Chromium")
@ExtendWith(DemoPortalProcess.class)
class SparqlEditorIT {
    @Test
    @DisplayName(
            "YASQE highlights, loads an example on click, runs it into a YASR table, downloads CSV; no-JS form works")
    void editor(PortalProcess portal) throws Exception {
        BrowserJourney.tools().run("sparql-editor.mjs", portal, Map.of());
    }
}
