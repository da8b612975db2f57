package org.pravasi.ontology.geo;

import java.util.Objects;
import java.util.Optional;
import org.pravasi.ontology.PravasiUris;

/**
 * A district.
 *
 * @param lgd LGD district code, e.g. {@code 201}
 * @param name English name in title case, e.g. {@code Katihar}
 * @param stateLgd LGD code of its state, e.g. {@code 10}
 * @param census2011Code Census 2011 district code, absent for districts created after 2011
 * @param hasBoundary whether the geography has a polygon for it
 * @param mapsTo2011 for a post-2011 district without a polygon, the LGD code of the 2011 district it was carved out of,
 *     where known; a map draws its figures on that district
 */
public record District(
        String lgd,
        String name,
        String stateLgd,
        Optional<String> census2011Code,
        boolean hasBoundary,
        Optional<String> mapsTo2011) {

    /** Checks that the fields are present. */
    public District {
        Objects.requireNonNull(lgd, "lgd");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stateLgd, "stateLgd");
        Objects.requireNonNull(census2011Code, "census2011Code");
        Objects.requireNonNull(mapsTo2011, "mapsTo2011");
    }

    /** The URI of this district, {@code https://w3id.org/pravasi/id/district/<lgd>}. */
    public String uri() {
        return PravasiUris.district(lgd);
    }

    /** The URI of this district's state. */
    public String stateUri() {
        return PravasiUris.state(stateLgd);
    }
}
