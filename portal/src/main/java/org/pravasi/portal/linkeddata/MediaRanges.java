package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The media ranges of an HTTP {@code Accept} header, most preferred first (by q, then by position). */
public final class MediaRanges {
    /**
     * One media range.
     *
     * @param type the lower-cased type, e.g. {@code text/turtle}, {@code application/*}, {@code *}{@code /*}
     * @param q its quality, 0..1
     */
    public record Range(String type, double q) {
        /** Whether this range covers {@code mediaType} (exactly, {@code type/*} or {@code *}{@code /*}). */
        public boolean covers(String mediaType) {
            if (type.equals("*/*") || type.equals(mediaType)) {
                return true;
            }
            return type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1));
        }

        /** Whether this range is a wildcard ({@code *}{@code /*} or {@code type/*}). */
        public boolean wildcard() {
            return type.endsWith("/*");
        }
    }

    private MediaRanges() {}

    /** The ranges of {@code accept} with q &gt; 0, best first; an absent or blank header gives none. */
    public static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            return out;
        }
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String type = bits[0].strip().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int j = 1; j < bits.length; j++) {
                String p = bits[j].strip().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (!type.isEmpty() && q > 0) {
                out.add(new Range(type, q));
            }
        }
        // stable sort: equal q keeps the client's order
        out.sort(Comparator.comparingDouble(Range::q).reversed());
        return out;
    }
}
