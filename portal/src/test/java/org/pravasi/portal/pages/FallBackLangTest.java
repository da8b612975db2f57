package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
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

    @Test
    @DisplayName("a name inside a sentence gets a span of its own on a Hindi page, and only there; the text is escaped")
    void nameInSentence() {
        Ui hindi = ui("hi", "feed.followOf", "{0} की फ़ीड");
        assertEquals(
                "<span lang=\"en\">Kannur &amp; Co</span> की फ़ीड", render(hindi.m("feed.followOf", "Kannur & Co")));
        assertEquals("कटिहार की फ़ीड", render(hindi.m("feed.followOf", "कटिहार")));
        Ui english = ui("en", "feed.followOf", "Feed of {0}");
        assertEquals("Feed of Kannur", render(english.m("feed.followOf", "Kannur")));
    }

    @Test
    @DisplayName("an option cannot hold a span: a menu entry that is an English name marks the option itself")
    void optionMarksItself() {
        Map<String, Object> kannur = Map.of("value", "557", "label", "Kannur", "selected", false, "lang", "hi");
        assertEquals(
                "<option value=\"557\" lang=\"en\">Kannur</option>",
                Templates.render("map/option.jte", kannur).strip());
        Map<String, Object> english = new java.util.HashMap<>(kannur);
        english.put("lang", "en");
        assertEquals(
                "<option value=\"557\">Kannur</option>",
                Templates.render("map/option.jte", english).strip());
    }

    private static Ui ui(String lang, String key, String text) {
        return new Ui(new Texts(lang, Map.of(key, text), Map.of()), "/", List.of());
    }

    private static String render(gg.jte.Content c) {
        gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
        c.writeTo(out);
        return out.toString();
    }
}
