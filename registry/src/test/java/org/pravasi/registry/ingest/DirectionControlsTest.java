package org.pravasi.registry.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explicit directional formatting characters are found; the marks Urdu text uses are not. */
class DirectionControlsTest {
    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
    @DisplayName("every embedding, override and isolate control, and their ends, is found")
    void findsEveryEmbeddingOverrideAndIsolate(int control) {
        String text = "Call " + Character.toString(control) + "0123456789";

        assertEquals(OptionalInt.of(5), DirectionControls.firstForbidden(text));
    }

    @Test
    @DisplayName("Urdu, Hindi and English text, with the marks Urdu text uses, holds none")
    void ordinaryTextAndMarksHoldNone() {
        String text = "\u0631\u0627\u0628\u0637\u06C1\u200F 2024 \u061C\u200E \u0915\u091F\u093F\u0939\u093E\u0930"
                + " Katihar \u200B\u200D\uFEFF 😀";

        assertEquals(OptionalInt.empty(), DirectionControls.firstForbidden(text));
    }
}
