package org.pravasi.registry.ingest;

import java.util.Arrays;
import java.util.Optional;

/** What a CSV column holds, as declared in the descriptor. */
public enum ColumnRole {
    /** The area an observation is about (district, state or country code). */
    AREA,
    /** The area of origin of a flow. */
    ORIGIN,
    /** The area of destination of a flow. */
    DESTINATION,
    /** The reference period. */
    PERIOD,
    /** A coded dimension from a code list. */
    DIMENSION,
    /** The measured count. */
    MEASURE;

    /** The role named in a descriptor ({@code "area"}, {@code "dimension"}, ...). */
    public static Optional<ColumnRole> named(String name) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** Whether the column holds an area code. */
    public boolean isArea() {
        return this == AREA || this == ORIGIN || this == DESTINATION;
    }
}
