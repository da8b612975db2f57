package org.pravasi.registry.disclosure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A publisher's statement that a count of people in its text is already public, with the public source: the only
 * exception to the rule on counts below k in free text. It is recorded in the provenance of what it exempts, so a
 * reader can check the source.
 *
 * @param phrase the phrase as the text gives it, e.g. "3 women aged 16-17"
 * @param source the absolute http(s) URL where the figure was published
 */
public record PublicFigure(String phrase, String source) {

    /** Checks the parts. */
    public PublicFigure {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Whether this declaration covers {@code finding} in {@code text}: a count of people that the phrase quotes and
     * that lies inside an occurrence of the phrase in the text, word for word (case and spacing aside). The same count
     * elsewhere in the text ("3 women aged 16-17 ... 3 women from Barsoi") is not covered.
     */
    public boolean covers(String text, PersonalDataFinding finding) {
        if (finding.kind() != PersonalDataKind.PEOPLE_COUNT
                || !comparable(phrase).contains(comparable(finding.maskedExcerpt()))) {
            return false;
        }
        PreparedText prepared = PreparedText.of(text);
        Matcher m = occurrence().matcher(prepared.text());
        while (m.find()) {
            if (finding.offset() >= prepared.originalOffset(m.start())
                    && finding.offset() < prepared.originalOffset(m.end())) {
                return true;
            }
        }
        return false;
    }

    /** The phrase as a pattern: its words in order, any spacing between them, no letter or digit on either side. */
    private Pattern occurrence() {
        String words =
                Arrays.stream(comparable(phrase).split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile(
                "(?<![\\p{L}\\p{M}\\p{N}])" + words + "(?![\\p{L}\\p{M}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String comparable(String text) {
        return PreparedText.of(text)
                .text()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
