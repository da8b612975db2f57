package org.pravasi.registry.disclosure;

/**
 * Personal data found in a string: its kind, span and masked excerpt, before a location is attached.
 *
 * @param kind what was found
 * @param start the offset of the first character
 * @param end the offset after the last character
 * @param maskedExcerpt the matched text, masked
 */
record PersonalDataMatch(PersonalDataKind kind, int start, int end, String maskedExcerpt) {

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
