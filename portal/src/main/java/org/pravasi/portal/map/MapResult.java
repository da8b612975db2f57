package org.pravasi.portal.map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@code GET /api/map}: one figure per district, with quantile breaks and the source. Its JSON is flat
 * (the parts are unwrapped), as it was when this record had twelve components.
 *
 * @param source what is mapped: dataset, version, organisation, title, measure
 * @param period the period
 * @param filters how each other dimension was treated
 * @param areas the districts' figures, the class breaks over them and the 2011 polygons that carry them
 * @param threshold the disclosure threshold k: no figure from 1 to k-1 is ever shown
 * @param illustrative whether the district or period split is illustrative
 */
public record MapResult(
        @JsonUnwrapped Source source,
        PeriodInfo period,
        List<Filter> filters,
        @JsonUnwrapped Areas areas,
        int threshold,
        boolean illustrative) {

    /** Checks the parts and copies the list. */
    public MapResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(areas, "areas");
        filters = List.copyOf(filters);
    }

    /**
     * What is mapped.
     *
     * @param dataset the dataset
     * @param version the version read
     * @param org the publishing organisation
     * @param title the dataset's title
     * @param measure what is counted
     */
    public record Source(String dataset, String version, Term org, LangText title, Term measure) {
        /** The source of an indicator's figures. */
        public static Source of(Indicator i) {
            return new Source(i.dataset(), i.version(), i.org(), i.title(), i.measure());
        }
    }

    /**
     * The figures the map draws.
     *
     * @param districts every district of the geography (and any other district with data), by LGD code
     * @param quantiles class breaks over the figures: minimum, the 20th to 80th percentiles, maximum (duplicates
     *     dropped)
     * @param parents 2011 polygons that carry figures of later districts
     */
    public record Areas(List<DistrictValue> districts, List<Long> quantiles, List<ParentArea> parents) {
        /** Copies the lists. */
        public Areas {
            districts = List.copyOf(districts);
            quantiles = List.copyOf(quantiles);
            parents = List.copyOf(parents);
        }
    }

    /** These figures with the period labelled in {@code lang} (the figures are the same in every language). */
    public MapResult in(String lang) {
        PeriodInfo p = period.in(lang);
        return p == period ? this : new MapResult(source, p, filters, areas, threshold, illustrative);
    }

    /** The dataset. */
    public String dataset() {
        return source.dataset();
    }

    /** The version read. */
    public String version() {
        return source.version();
    }

    /** The publishing organisation. */
    public Term org() {
        return source.org();
    }

    /** The dataset's title. */
    public LangText title() {
        return source.title();
    }

    /** What is counted. */
    public Term measure() {
        return source.measure();
    }

    /** Every district's figure, by LGD code. */
    public List<DistrictValue> districts() {
        return areas.districts();
    }

    /** The class breaks. */
    public List<Long> quantiles() {
        return areas.quantiles();
    }

    /** The 2011 polygons that carry figures of later districts. */
    public List<ParentArea> parents() {
        return areas.parents();
    }
}
