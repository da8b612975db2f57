package org.pravasi.portal.pages;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats counts the Indian way (lakh and crore grouping: 2,92,66,161). */
final class Numbers {
    private static final Locale INDIA = Locale.forLanguageTag("en-IN");

    private Numbers() {
    }

    /** The count with Indian digit grouping. */
    static String format(long n) {
        return NumberFormat.getIntegerInstance(INDIA).format(n);
    }
}
