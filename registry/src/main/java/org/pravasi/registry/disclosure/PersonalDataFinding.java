package org.pravasi.registry.disclosure;

import java.util.Objects;

/**
 * Personal data found in a header, cell or story; it never holds the full sensitive value, only a masked excerpt, since
 * findings are shown to publishers and logged.
 *
 * @param kind what was found
 * @param location where, in words: "Row 14, column 'remarks'", "Line 3, column 17", "Column 2 header 'name'"
 * @param offset the character offset of the match in the checked value or text
 * @param maskedExcerpt the match with all but a couple of characters masked
 * @param message what was found, where, and how to fix it, for the validation report
 */
public record PersonalDataFinding(
        PersonalDataKind kind, String location, int offset, String maskedExcerpt, String message) {

    /** Validates the fields. */
    public PersonalDataFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(maskedExcerpt, "maskedExcerpt");
        Objects.requireNonNull(message, "message");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** Builds a finding whose message follows the house pattern: where, what, how to fix. */
    static PersonalDataFinding of(PersonalDataKind kind, String location, int offset, String maskedExcerpt) {
        String message = location + ": looks like " + kind.description() + " (" + maskedExcerpt + "). " + kind.advice();
        return new PersonalDataFinding(kind, location, offset, maskedExcerpt, message);
    }
}
