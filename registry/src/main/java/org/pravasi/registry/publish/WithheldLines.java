package org.pravasi.registry.publish;

import org.pravasi.registry.disclosure.SuppressionReason;

/** Hears which lines of an upload's CSV disclosure control withheld, and why. */
@FunctionalInterface
public interface WithheldLines {
    /** Hears nothing. */
    WithheldLines NONE = (line, reason) -> {};

    /**
     * Line {@code line} of the CSV (the header is line 1) is withheld.
     *
     * @param line the line as the pipeline's findings count it
     * @param reason under the threshold, or protecting another cell
     */
    void withheld(long line, SuppressionReason reason);
}
