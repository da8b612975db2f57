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
 */
public record Dimension(String param, String uri, LangText label, boolean hasTotal, List<Code> codes) {

    /** Copies the list. */
    public Dimension {
        codes = List.copyOf(codes);
    }

    /** The value with this notation, if the data has it. */
    public Optional<Code> code(String notation) {
        return codes.stream().filter(c -> c.notation().equals(notation)).findFirst();
    }
}
