package org.pravasi.portal.map;

/**
 * A district of the reference geography, as the map needs it.
 *
 * @param lgd        LGD district code
 * @param name       English name
 * @param state      English name of its state
 * @param stateLgd   LGD code of its state
 * @param boundary   whether the map has a polygon for it
 * @param mapsTo2011 for a district created after 2011 without a polygon, the LGD code of the 2011 district it
 *                   was carved out of, or {@code null}
 */
public record DistrictInfo(String lgd, String name, String state, String stateLgd, boolean boundary, String mapsTo2011) {

    /** A district known only by its code (no reference geography installed). */
    static DistrictInfo unknown(String lgd) {
        return new DistrictInfo(lgd, "District " + lgd, "", "", false, null);
    }
}
