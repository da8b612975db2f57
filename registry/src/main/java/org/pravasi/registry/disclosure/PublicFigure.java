package org.pravasi.registry.disclosure;

import java.util.Locale;
import java.util.Objects;

/**
 * A publisher's statement that a count of people in its text is already public, with the public source: the only
 * exception to the rule on counts below k in free text. It is recorded in the provenance of what it exempts, so a
 * reader can check the source. Which counts it covers in a text: {@link PublicFigures}.
 *
 * @param phrase the phrase as the text gives it, e.g. "3 women aged 16-17"
 * @param source the absolute http(s) URL where the figure was published
 */
public record PublicFigure(String phrase, String source) {
    /** Characters a declared phrase may have: a count with a few describing words, as a text quotes it. */
    public static final int MAX_PHRASE = 200;

    /**
     * Figures one dataset descriptor or story may declare: a text quotes a handful, and the workspace's story form (16
     * KiB) could list several hundred.
     */
    public static final int MAX_DECLARED = 100;

    /** Checks the parts. */
    public PublicFigure {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The phrase as texts are matched against it: prepared as the screen prepares text, in lower case, with single
     * spaces; two declarations with the same normalised phrase cover the same counts.
     */
    public String normalised() {
        return normalised(phrase);
    }

    static String normalised(String text) {
        return PreparedText.of(text)
                .text()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
