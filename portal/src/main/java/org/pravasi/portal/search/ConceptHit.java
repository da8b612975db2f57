package org.pravasi.portal.search;

import java.util.List;

/**
 * What a concept hit is and where its data is, in the display language.
 *
 * @param scheme the name of the concept's code list ("Violation type")
 * @param datasets the listed datasets that use it
 */
public record ConceptHit(String scheme, List<DatasetLink> datasets) {
    /** Copies the list. */
    public ConceptHit {
        datasets = List.copyOf(datasets);
    }

    /**
     * A dataset that uses the concept.
     *
     * @param uri the dataset's URI
     * @param title its title in the display language where it has one
     * @param explore the path of its explorer filtered by the concept, or {@code null} when it has the concept as a
     *     theme only (link its page then)
     */
    public record DatasetLink(String uri, String title, String explore) {}
}
