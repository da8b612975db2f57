package org.pravasi.ontology.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * Each district's state by LGD code, from the table {@code district-states.csv} shipped with the product (LGD,
 * GODL-India, December 2022), so that a node without the reference geography can still tell which districts lie in
 * which state.
 */
public final class DistrictStates {
    private DistrictStates() {}

    /** LGD district code to LGD state code. */
    public static Map<String, String> load() {
        Map<String, String> states = new HashMap<>();
        ClasspathCsv.read("district-states.csv").forEach(r -> states.put(r.get("lgd_code"), r.get("state_lgd_code")));
        return Map.copyOf(states);
    }
}
