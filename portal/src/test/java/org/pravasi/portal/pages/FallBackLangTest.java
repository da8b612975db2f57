package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A name shown in English on a Hindi page is marked as English, and nothing else is")
class FallBackLangTest {

    @Test
    @DisplayName("an English name on a Hindi page is marked lang=en")
    void englishNameOnHindiPage() {
        assertEquals("en", Html.fallBackLang("Kanpur Nagar", "hi"));
        assertEquals("en", Html.fallBackLang("Gurugrām", "hi"), "Latin letters with diacritics are English too");
    }

    @Test
    @DisplayName("a Hindi name, a mixed one, digits and any name on an English page are left unmarked")
    void everythingElseUnmarked() {
        assertNull(Html.fallBackLang("कटिहार", "hi"));
        assertNull(Html.fallBackLang("ई-श्रम (e-Shram)", "hi"), "a Hindi label may quote a Latin name");
        assertNull(Html.fallBackLang("2024", "hi"));
        assertNull(Html.fallBackLang("Kanpur Nagar", "en"));
        assertNull(Html.fallBackLang("Kanpur Nagar", null));
        assertNull(Html.fallBackLang(null, "hi"));
    }
}
