package org.pravasi.portal;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the scripts add to a Hindi page marks English-only names as English, in Chromium: the suggestions of search.js
 * and explore.js ({@code lang="en"} on the option) and the map's polygon names (hidden text with the name in a marked
 * span, by {@code aria-labelledby}). The portal jar with the demo data ({@link DemoPortalProcess}, shared), whose
 * Kerala districts have no Hindi names, and {@code src/test/browser/languages.mjs}. Skipped, like
 * {@link BrowserTourIT}, without Chromium or Node.js (failed under {@code CI=true}). {@code HindiLabelsTest} checks the
 * same of the HTML the server writes.
 */
@DisplayName("English-only names the scripts add to Hindi pages are marked lang=\"en\", in Chromium")
@ExtendWith(DemoPortalProcess.class)
class ScriptLanguagesIT {
    @Test
    @DisplayName("search and explorer suggestions, and the map's polygon names")
    void scriptsMarkEnglishNames(PortalProcess portal) throws Exception {
        BrowserJourney.tools().run("languages.mjs", portal, Map.of());
    }
}
