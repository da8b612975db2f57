package org.pravasi.portal.map;

/**
 * A state or union territory, for zooming the map.
 *
 * @param lgd  LGD state code
 * @param name English name
 */
public record StateInfo(String lgd, String name) {
}
