package org.pravasi.portal.map;

/**
 * One value of a dimension: a code-list concept (or a country, or a district).
 *
 * @param notation what a URL parameter carries, e.g. {@code wage-theft} or {@code _T}
 * @param uri the concept
 * @param label its labels
 */
public record Code(String notation, String uri, LangText label) {
    /** The notation of a code-list total. */
    public static final String TOTAL = "_T";

    /** Whether this is the scheme's total. */
    public boolean total() {
        return TOTAL.equals(notation);
    }
}
