package org.pravasi.registry.ingest;

import java.util.OptionalInt;

/**
 * The explicit directional formatting characters: the embeddings and overrides U+202A to U+202E (LRE, RLE, PDF, LRO,
 * RLO) and the isolates U+2066 to U+2069 (LRI, RLI, FSI, PDI). Each is invisible, yet makes a browser show the text
 * around it in another order than it is written: "Call", U+202E, "0123456789", U+202C reads "Call 9876543210" on every
 * page. No text here needs them (Urdu, Hindi and English are laid out right without), so texts holding one are refused
 * where they come in, at publishing and at harvest, by this one rule. The marks U+200E, U+200F and U+061C stay allowed
 * (Urdu text uses them); the personal-data screen reads every text in the order a page shows it too.
 */
public final class DirectionControls {
    private DirectionControls() {}

    /** The offset of the first explicit directional formatting character of {@code text}, if any. */
    public static OptionalInt firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDirectionControl(text.charAt(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether {@code cp} is an explicit embedding, override or isolate control, or the end of one. */
    public static boolean isDirectionControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
