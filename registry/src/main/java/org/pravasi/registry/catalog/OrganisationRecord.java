package org.pravasi.registry.catalog;

import java.util.List;

/**
 * An organisation as its graph states it; its name and description are texts read through {@link Labels}.
 *
 * @param uri the organisation URI
 * @param homepage its homepage (empty when none)
 * @param contact its contact point (empty when none)
 * @param illustrative whether it is marked as illustrative (demo) content
 * @param states the states it works in
 * @param centres its centres, in no particular order
 */
public record OrganisationRecord(
        String uri, String homepage, String contact, boolean illustrative, List<String> states, List<Centre> centres) {

    /**
     * A centre of an organisation.
     *
     * @param name its label in the language asked for (empty when none)
     * @param district its district URI (empty when none)
     */
    public record Centre(String name, String district) {}
}
