package org.pravasi.portal.map;

import java.util.List;

/**
 * How one dimension was treated in a map: chosen values, the total, or all values summed.
 *
 * @param param the URL parameter
 * @param label the dimension's labels
 * @param mode {@code chosen}, {@code total} or {@code all}
 * @param codes the values that went into the figures (notations)
 */
public record Filter(String param, LangText label, String mode, List<String> codes) {
    /** Copies the list. */
    public Filter {
        codes = List.copyOf(codes);
    }
}
