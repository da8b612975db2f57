package org.pravasi.portal.explore;

import java.util.List;

/**
 * What the explorer knows of one area of a dataset, to match what a reader types.
 *
 * @param uri the district (or state) URI
 * @param code its LGD code
 * @param names its names (every language the store has, and other names people use)
 * @param state the state it lies in, if a district (empty otherwise)
 * @param stateCode that state's LGD code (empty when none)
 * @param stateNames that state's names
 */
record AreaInfo(String uri, String code, List<String> names, String state, String stateCode, List<String> stateNames) {
    /** Copies the lists. */
    AreaInfo {
        names = List.copyOf(names);
        stateNames = List.copyOf(stateNames);
    }

    /** Whether the area is a district. */
    boolean district() {
        return uri.contains("/id/district/");
    }
}
