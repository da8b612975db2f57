package org.pravasi.portal.map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One district's figure on the map.
 *
 * @param lgd LGD district code
 * @param name English name
 * @param state English name of its state
 * @param stateLgd LGD code of its state
 * @param value the figure, or {@code null} when suppressed or absent
 * @param status value, suppressed or nodata
 * @param boundary whether the map has a polygon for the district
 * @param mapsTo2011 for a district without a polygon, the 2011 district whose polygon it is drawn on (if any)
 * @param parts for a total over a year, why it is withheld: how many of its parts are withheld or have no data; else
 *     {@code null}
 * @param nameHi Hindi name, left out when the data have none
 * @param stateHi Hindi name of its state, left out when the data have none
 */
public record DistrictValue(
        String lgd,
        String name,
        String state,
        String stateLgd,
        Long value,
        Status status,
        boolean boundary,
        @JsonInclude(JsonInclude.Include.NON_NULL) String mapsTo2011,
        @JsonInclude(JsonInclude.Include.NON_NULL) Parts parts,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nameHi,
        @JsonInclude(JsonInclude.Include.NON_NULL) String stateHi) {

    /** A figure without Hindi names. */
    public DistrictValue(
            String lgd,
            String name,
            String state,
            String stateLgd,
            Long value,
            Status status,
            boolean boundary,
            String mapsTo2011,
            Parts parts) {
        this(lgd, name, state, stateLgd, value, status, boundary, mapsTo2011, parts, null, null);
    }

    /** A figure of one period, with no parts. */
    public DistrictValue(
            String lgd,
            String name,
            String state,
            String stateLgd,
            Long value,
            Status status,
            boolean boundary,
            String mapsTo2011) {
        this(lgd, name, state, stateLgd, value, status, boundary, mapsTo2011, null);
    }

    /** Its name in {@code lang}: Hindi where the data have it, else English. */
    public String nameIn(String lang) {
        return "hi".equals(lang) && nameHi != null ? nameHi : name;
    }

    /** Its state's name in {@code lang}: Hindi where the data have it, else English. */
    public String stateIn(String lang) {
        return "hi".equals(lang) && stateHi != null ? stateHi : state;
    }

    /** Whether its name in {@code lang} is the English one standing in for a missing Hindi name. */
    public boolean englishName(String lang) {
        return "hi".equals(lang) && nameHi == null;
    }

    /**
     * Why a total over parts (the quarters of a year) is withheld.
     *
     * @param parts how many parts make the whole
     * @param withheld parts withheld to protect privacy
     * @param missing parts with no data (not published, or not yet)
     */
    public record Parts(int parts, int withheld, int missing) {}
}
