package org.pravasi.registry.disclosure;

/** Test values shared by the screen tests. */
final class PersonalDataScreenTestSupport {

    private PersonalDataScreenTestSupport() {}

    /** A twelve-digit number, first digit 2, with a valid Verhoeff check digit. */
    static String aadhaar() {
        for (char c = '0'; c <= '9'; c++) {
            if (Verhoeff.isValid("23456789012" + c)) {
                return "23456789012" + c;
            }
        }
        throw new AssertionError("Verhoeff admits a check digit for every number");
    }
}
