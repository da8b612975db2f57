package org.pravasi.portal.pages;

/**
 * Formats counts the Indian way (lakh and crore grouping: 2,92,66,161), which {@code DecimalFormat} cannot do; the one
 * number formatter of the portal's pages and map.
 */
public final class Numbers {
    private Numbers() {}

    /** The count with Indian digit grouping: the last three digits, then groups of two. */
    public static String format(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        int len = digits.length();
        for (int i = 0; i < len; i++) {
            int fromEnd = len - i;
            if (i > 0 && (fromEnd == 3 || (fromEnd > 3 && (fromEnd - 3) % 2 == 0))) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }
}
