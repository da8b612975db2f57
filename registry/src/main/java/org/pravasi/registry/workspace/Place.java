package org.pravasi.registry.workspace;

import java.util.Objects;

/**
 * A district or state of the reference geography, as the workspace matches names to it.
 *
 * @param lgd the LGD code
 * @param name the current English name, e.g. {@code Aurangabad}
 * @param stateLgd the LGD code of its state (its own code for a state)
 * @param stateName the English name of its state
 */
public record Place(String lgd, String name, String stateLgd, String stateName) {
    /** Checks the parts. */
    public Place {
        Objects.requireNonNull(lgd, "lgd");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stateLgd, "stateLgd");
        Objects.requireNonNull(stateName, "stateName");
    }

    /** The name with its state, e.g. {@code Aurangabad (Bihar)}; a state's own name for a state. */
    public String label() {
        return lgd.equals(stateLgd) && name.equals(stateName) ? name : name + " (" + stateName + ")";
    }
}
