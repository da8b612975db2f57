package org.pravasi.portal.map;

import java.util.List;
import java.util.Optional;

/**
 * A dimension of an indicator other than area and period, with the values that occur in the data.
 *
 * @param param the URL parameter that filters it, e.g. {@code violationType}
 * @param uri the dimension property
 * @param label its labels
 * @param hasTotal whether the data has the {@code _T} total, used when the dimension is not filtered
 * @param codes the values that occur, the total first
 * @param overlapping whether its categories overlap ({@code pv:categoriesOverlap}): one person may be counted in
 *     several, so without a total the map shows one value at a time and never sums them
 */
public record Dimension(
        String param, String uri, LangText label, boolean hasTotal, List<Code> codes, boolean overlapping) {

    /** Copies the list. */
    public Dimension {
        codes = List.copyOf(codes);
    }

    /** A dimension whose categories partition what is counted. */
    public Dimension(String param, String uri, LangText label, boolean hasTotal, List<Code> codes) {
        this(param, uri, label, hasTotal, codes, false);
    }

    /** Whether the map may sum its values: it has a total, or its categories do not overlap. */
    public boolean summable() {
        return hasTotal || !overlapping;
    }

    /** The value with this notation, if the data has it. */
    public Optional<Code> code(String notation) {
        return codes.stream().filter(c -> c.notation().equals(notation)).findFirst();
    }
}
