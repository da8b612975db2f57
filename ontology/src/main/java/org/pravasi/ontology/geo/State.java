package org.pravasi.ontology.geo;

import java.util.Objects;
import java.util.Optional;
import org.pravasi.ontology.PravasiUris;

/**
 * A state or union territory.
 *
 * @param lgd LGD state code, e.g. {@code 10}
 * @param name English name in title case, e.g. {@code Bihar}
 * @param nameHi Hindi name, e.g. {@code बिहार}, where known
 * @param census2011Code Census 2011 state code, absent for states formed later (Telangana, Ladakh)
 * @param unionTerritory whether it is a union territory
 * @param hasBoundary whether the geography has an outline for it
 */
public record State(
        String lgd,
        String name,
        Optional<String> nameHi,
        Optional<String> census2011Code,
        boolean unionTerritory,
        boolean hasBoundary) {

    /** Checks that the fields are present. */
    public State {
        Objects.requireNonNull(lgd, "lgd");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameHi, "nameHi");
        Objects.requireNonNull(census2011Code, "census2011Code");
    }

    /** The URI of this state, {@code https://w3id.org/pravasi/id/state/<lgd>}. */
    public String uri() {
        return PravasiUris.state(lgd);
    }
}
