package org.pravasi.registry.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The characters XML 1.0 allows in text, found and stripped. */
class XmlCharactersTest {
    @Test
    void tabsLineBreaksAndEveryScriptAreAllowed() {
        String text = "Wage theft\tमज़दूरी\r\n😀 ok";
        assertEquals(OptionalInt.empty(), XmlCharacters.firstForbidden(text));
        assertEquals(text, XmlCharacters.strip(text));
    }

    @Test
    void controlCharactersNonCharactersAndLoneSurrogatesAreFoundAndStripped() {
        assertEquals(OptionalInt.of(5), XmlCharacters.firstForbidden("Wages\u000b2024"));
        assertEquals("U+000B", XmlCharacters.name("Wages\u000b2024", 5));
        assertEquals("Wages2024", XmlCharacters.strip("Wages\u000b2024\u0000"));
        assertEquals(OptionalInt.of(1), XmlCharacters.firstForbidden("a\uFFFEb"));
        assertEquals(OptionalInt.of(1), XmlCharacters.firstForbidden("a\uD800b"));
        assertEquals("ab", XmlCharacters.strip("a\uD800b"));
    }
}
