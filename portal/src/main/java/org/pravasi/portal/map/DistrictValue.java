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
 */
public record DistrictValue(
        String lgd,
        String name,
        String state,
        String stateLgd,
        Long value,
        Status status,
        boolean boundary,
        @JsonInclude(JsonInclude.Include.NON_NULL) String mapsTo2011) {}
