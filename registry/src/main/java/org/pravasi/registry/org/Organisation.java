package org.pravasi.registry.org;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A publishing organisation, as described in its {@code organisation.json}.
 *
 * @param slug identifier in URIs
 * @param name names by language (English required)
 * @param type kind of organisation, e.g. {@code migrant-rights-centre-network}
 * @param description descriptions by language
 * @param homepage its website, if any
 * @param contactPoint an organisational contact (never a person), if any
 * @param states LGD codes of the states it works in
 * @param centres its centres with their districts
 * @param illustrative whether this is a fictional demo publisher
 */
public record Organisation(
        String slug,
        Map<String, String> name,
        String type,
        Map<String, String> description,
        Optional<String> homepage,
        Optional<String> contactPoint,
        List<String> states,
        List<Centre> centres,
        boolean illustrative) {

    /**
     * A centre of the organisation.
     *
     * @param name the centre's name
     * @param district the LGD code of its district
     */
    public record Centre(String name, String district) {}

    /** Copies the collections. */
    public Organisation {
        Objects.requireNonNull(slug, "slug");
        name = Map.copyOf(name);
        description = Map.copyOf(description);
        states = List.copyOf(states);
        centres = List.copyOf(centres);
    }

    /** A minimal record for an organisation known only by its slug. */
    public static Organisation named(String slug, String displayName) {
        return new Organisation(
                slug,
                Map.of("en", displayName),
                "organisation",
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                false);
    }
}
