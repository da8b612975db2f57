package org.pravasi.registry.federation;

import java.util.regex.Pattern;
import org.pravasi.registry.ingest.DirectionControls;

/**
 * What this portal keeps and shows publicly of the texts a peer sent about a refused change ({@code /peers},
 * {@code /api/peers}, {@code peers.json}): bounded, checked tokens, never the text as sent. A change feed's fields are
 * only bounded by the feed's cap (16 MiB), and a refusal is stored exactly because what the peer sent is wrong, so its
 * identifier is shown only when it has the form {@code org/slug}, the dataset only as the URI this portal builds from
 * it, and an error without direction controls and at most {@link #MAX_ERROR} characters.
 */
final class PeerTexts {
    /** Longest identifier: {@code org/slug}, each at most 63 characters ({@link BundleCheck#SLUG}). */
    static final int MAX_IDENTIFIER = 127;
    /** Longest error kept for a peer ({@code lastError}): the portal's own sentence with short quotes (200 each). */
    static final int MAX_ERROR = 2_000;

    private static final Pattern IDENTIFIER = Pattern.compile(BundleCheck.SLUG + "/" + BundleCheck.SLUG);

    private PeerTexts() {}

    /** Whether {@code sent} is an identifier a dataset can have: {@code org/slug}. */
    static boolean isIdentifier(String sent) {
        return sent.length() <= MAX_IDENTIFIER && IDENTIFIER.matcher(sent).matches();
    }

    /** {@code sent} when it is an identifier ({@code org/slug}), otherwise a fixed text saying only its length. */
    static String identifier(String sent) {
        return isIdentifier(sent) ? sent : invalid(sent.length());
    }

    /**
     * The dataset that {@code identifier} names under {@code base} ({@code base + "id/dataset/" + identifier}), or ""
     * when the identifier is not {@code org/slug} or the base is not known: never the URI the peer sent.
     */
    static String dataset(String base, String identifier) {
        return base.isEmpty() || !isIdentifier(identifier) ? "" : base + "id/dataset/" + identifier;
    }

    /**
     * A text kept before this check or built elsewhere, held to the same bounds: {@code identifier} itself when it is
     * at most {@link #MAX_IDENTIFIER} characters without a direction control (a personal-data mask may have changed an
     * {@code org/slug}), otherwise the fixed text.
     */
    static String boundedIdentifier(String identifier) {
        return identifier.length() <= MAX_IDENTIFIER
                        && DirectionControls.firstForbidden(identifier).isEmpty()
                ? identifier
                : invalid(identifier.length());
    }

    /** {@code dataset} when it is at most {@link ChangeFeed#MAX_TEXT} characters without a direction control, or "". */
    static String boundedDataset(String dataset) {
        return dataset.length() <= ChangeFeed.MAX_TEXT
                        && DirectionControls.firstForbidden(dataset).isEmpty()
                ? dataset
                : "";
    }

    /**
     * {@code error} with each direction control replaced by U+FFFD (so that no part of it is shown in another order
     * than written) and cut at {@link #MAX_ERROR} characters.
     */
    static String error(String error) {
        String cut = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR) + "…";
        StringBuilder out = null;
        for (int i = 0; i < cut.length(); i++) {
            if (DirectionControls.isDirectionControl(cut.charAt(i))) {
                if (out == null) {
                    out = new StringBuilder(cut);
                }
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? cut : out.toString();
    }

    private static String invalid(int length) {
        return "(invalid identifier, " + length + " characters)";
    }
}
