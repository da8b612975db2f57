package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Interface texts")
class MessagesTest {

    @Test
    @DisplayName("English and Hindi have exactly the same keys, none empty")
    void bothLanguagesHaveTheSameKeys() {
        Map<String, String> en = Messages.read("en");
        Map<String, String> hi = Messages.read("hi");
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(hi.keySet()));
        en.forEach((k, v) -> assertTrue(!v.isBlank(), "empty English text for " + k));
        hi.forEach((k, v) -> assertTrue(!v.isBlank(), "empty Hindi text for " + k));
    }

    @Test
    @DisplayName("Hindi texts are read as UTF-8 and fill in arguments")
    void hindiIsUtf8() {
        Texts hi = Messages.load().in("hi");
        assertEquals("खोज", hi.t("search.title"));
        assertEquals("12 परिणाम", hi.f("search.count", 12));
    }

    @Test
    @DisplayName("counts use Indian digit grouping")
    void indianGrouping() {
        assertEquals("2,92,66,161", Numbers.format(29_266_161));
        assertEquals("999", Numbers.format(999));
        assertEquals("1,000", Numbers.format(1000));
        assertEquals("1,00,000", Numbers.format(100_000));
        assertEquals("0", Numbers.format(0));
    }
}
