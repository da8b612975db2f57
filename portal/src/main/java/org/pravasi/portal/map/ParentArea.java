package org.pravasi.portal.map;

import java.util.List;

/**
 * A 2011 district polygon that also carries the figures of districts carved out of it later: the map draws this instead
 * of the district's own figure. Its value is the sum of its members, and it is suppressed when any member is.
 *
 * @param lgd LGD code of the 2011 district (the polygon)
 * @param value the sum, or {@code null}
 * @param status value, suppressed or nodata
 * @param includes LGD codes of the members with data: the 2011 district itself (if it has data) and its later districts
 */
public record ParentArea(String lgd, Long value, Status status, List<String> includes) {
    /** Copies the list. */
    public ParentArea {
        includes = List.copyOf(includes);
    }
}
