package org.pravasi.portal.map;

import java.util.List;

/**
 * The answer of {@code GET /api/map}: one figure per district, with quantile breaks and the source.
 *
 * @param dataset      the dataset
 * @param version      the version read
 * @param org          the publishing organisation
 * @param title        the dataset's title
 * @param measure      what is counted
 * @param period       the period
 * @param filters      how each other dimension was treated
 * @param districts    every district of the geography (and any other district with data), by LGD code
 * @param quantiles    class breaks over the figures: minimum, the 20th to 80th percentiles, maximum (duplicates dropped)
 * @param parents      2011 polygons that carry figures of later districts
 * @param threshold    the disclosure threshold k: no figure from 1 to k-1 is ever shown
 * @param illustrative whether the district or period split is illustrative
 */
public record MapResult(String dataset, String version, Term org, LangText title, Term measure, PeriodInfo period,
                        List<Filter> filters, List<DistrictValue> districts, List<Long> quantiles,
                        List<ParentArea> parents, int threshold, boolean illustrative) {

    /** Copies the lists. */
    public MapResult {
        filters = List.copyOf(filters);
        districts = List.copyOf(districts);
        quantiles = List.copyOf(quantiles);
        parents = List.copyOf(parents);
    }

}
