package org.pravasi.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PravasiUrisTest {
    @Test
    void mintsTheUrisOfTheDataModel() {
        assertEquals("https://w3id.org/pravasi/code/violation-type", PravasiUris.scheme("violation-type"));
        assertEquals("https://w3id.org/pravasi/code/violation-type/_T", PravasiUris.concept("violation-type", "_T"));
        assertEquals("https://w3id.org/pravasi/code/age-band/18-24", PravasiUris.concept("age-band", "18-24"));
        assertEquals("https://w3id.org/pravasi/id/district/201", PravasiUris.district("201"));
        assertEquals("https://w3id.org/pravasi/id/state/10", PravasiUris.state("10"));
        assertEquals("https://w3id.org/pravasi/code/country/NPL", PravasiUris.country("NPL"));
        assertEquals("https://w3id.org/pravasi/id/period/2024-Q1", PravasiUris.period("2024-Q1"));
        assertEquals("https://w3id.org/pravasi/graph/geo", PravasiUris.GEO_GRAPH);
        assertEquals(PV.NS, PravasiUris.BASE + "def#");
    }

    @Test
    void refusesCodesThatAreNotOneSafePathSegment() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PravasiUris.district("Katihar"));
        assertTrue(e.getMessage().contains("\"Katihar\" is not a valid LGD district code"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PravasiUris.concept("sector", "brick kilns"));
        assertThrows(IllegalArgumentException.class, () -> PravasiUris.concept("sector", "../x"));
        assertThrows(IllegalArgumentException.class, () -> PravasiUris.country("np"));
        assertThrows(NullPointerException.class, () -> PravasiUris.state(null));
    }

    @Test
    void recognisesTheSchemeIdOfASchemeUri() {
        assertEquals("gender", PravasiUris.schemeId("https://w3id.org/pravasi/code/gender"));
        assertNull(PravasiUris.schemeId("https://w3id.org/pravasi/code/gender/female"));
        assertNull(PravasiUris.schemeId("https://example.org/code/gender"));
    }
}
