package org.pravasi.portal.map;

/** Escaping and number formatting for the server-rendered map pages. */
final class Html {
    private Html() {
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A count with Indian digit grouping, as Indian readers expect: 29266161 → 2,92,66,161. */
    static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        int len = digits.length();
        for (int i = 0; i < len; i++) {
            b.append(digits.charAt(i));
            int left = len - 1 - i;
            if (left > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) {
                b.append(',');
            }
        }
        return n < 0 ? "-" + b : b.toString();
    }
}
