package org.pravasi.registry.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the search index reads of an organisation (typed {@code pv:Organisation} in the graph named by its URI, with a
 * name): its names and description in every language, the states it works in and its centres.
 *
 * @param uri the organisation's URI
 * @param slug the last segment of its URI
 * @param names its names ({@code skos:prefLabel}), English first, then Hindi, untagged, the rest
 * @param descriptions its descriptions, in the same order
 * @param type its kind ({@code dct:type}, e.g. {@code migrant-rights-centre}), if stated
 * @param states the URIs of the states it works in
 * @param centres its centres
 * @param illustrative whether it is illustrative (demo) content
 */
public record OrganisationTexts(
        String uri,
        String slug,
        List<CatalogTexts.LangText> names,
        List<CatalogTexts.LangText> descriptions,
        Optional<String> type,
        List<String> states,
        List<Centre> centres,
        boolean illustrative) {

    /** Copies the lists. */
    public OrganisationTexts {
        names = List.copyOf(names);
        descriptions = List.copyOf(descriptions);
        states = List.copyOf(states);
        centres = List.copyOf(centres);
    }

    /**
     * A centre of an organisation.
     *
     * @param labels its names, English first
     * @param districts the URIs of the districts it serves
     */
    public record Centre(List<CatalogTexts.LangText> labels, List<String> districts) {
        /** Copies the lists. */
        public Centre {
            labels = List.copyOf(labels);
            districts = List.copyOf(districts);
        }
    }
}
