package org.pravasi.portal.search;

import java.util.List;

/**
 * What a code-list concept is and the listed datasets that use it, indexed with the concept so that its hit can say
 * "violation type, used in 2 datasets" and lead to them.
 *
 * @param scheme the names of its scheme, English first
 * @param datasets the datasets that use it
 */
public record ConceptUses(List<Text> scheme, List<Use> datasets) {
    /** Copies the lists. */
    public ConceptUses {
        scheme = List.copyOf(scheme);
        datasets = List.copyOf(datasets);
    }

    /**
     * A dataset that uses the concept.
     *
     * @param uri the dataset's URI
     * @param titles its titles, English first
     * @param explore the explorer of the dataset filtered by the concept
     *     ({@code /explore/{org}/{slug}?{dimension}={notation}}), or empty when the dataset has the concept as a theme
     *     only (its page is the link then)
     */
    public record Use(String uri, List<Text> titles, String explore) {
        /** Copies the list. */
        public Use {
            titles = List.copyOf(titles);
        }
    }
}
