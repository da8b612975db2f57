package org.pravasi.portal.map;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the map can say about one district. */
public enum Status {
    /** A figure, complete. */
    VALUE("value"),
    /** Data exists, but at least one cell of the figure is suppressed to protect privacy. */
    SUPPRESSED("suppressed"),
    /** No observation for the district under this selection. */
    NODATA("nodata");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    /** The name used in JSON, CSS classes and URLs. */
    @JsonValue
    public String id() {
        return id;
    }
}
