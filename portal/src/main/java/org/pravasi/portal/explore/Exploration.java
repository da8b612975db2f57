package org.pravasi.portal.explore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.pages.Citation;
import org.pravasi.registry.catalog.figures.Rollup;

/**
 * One selection of a dataset, computed: its figures (each by the registry's rule for totals over parts), what was
 * selected, and what could be selected instead.
 *
 * @param datasetUri the dataset
 * @param versionUri the version read (the current one)
 * @param title the dataset's title in the page's language
 * @param measure what is counted
 * @param columns the dimensions, in the structure's order
 * @param cells the figures, one per combination of the dimensions' values
 * @param dataSpan the length of the dataset's own periods, if it has periods of one length
 * @param span the length of the periods shown
 * @param selection what was asked for, resolved
 * @param filters every dimension's values, for the form
 * @param spans the period lengths the dataset can be shown at
 * @param areaNames the names of the dataset's areas and their states, for typeahead
 * @param citation how to cite it
 */
record Exploration(
        String datasetUri,
        String versionUri,
        String title,
        Cube.Component measure,
        List<Column> columns,
        List<Cell> cells,
        Optional<Span> dataSpan,
        Optional<Span> span,
        Selected selection,
        List<Filter> filters,
        List<Span> spans,
        List<String> areaNames,
        Citation citation) {

    /**
     * A dimension.
     *
     * @param name its column name in downloads ({@code violation_type})
     * @param param its query parameter ({@code violationType}; {@code area} and {@code period} for those roles)
     * @param label its label
     * @param property the property URI
     * @param role {@code area}, {@code period} or {@code dimension}
     * @param categoriesOverlap whether one person may be counted in several of its values, so that rows are not to be
     *     added up across them ({@code pv:categoriesOverlap})
     */
    record Column(String name, String param, String label, String property, String role, boolean categoriesOverlap) {}

    /**
     * One figure.
     *
     * @param keys its value of each column (the period is the rolled-up period)
     * @param rollup what may be shown of it
     */
    record Cell(List<Cube.Term> keys, Rollup rollup) {}

    /**
     * A value that can be chosen.
     *
     * @param notation the value of the parameter
     * @param label its label
     * @param selected whether it is chosen now
     */
    record Choice(String notation, String label, boolean selected) {}

    /**
     * A column's values, for the form.
     *
     * @param column the column
     * @param choices its values, in the dataset's order (periods: those of the span shown)
     */
    record Filter(Column column, List<Choice> choices) {}

    /**
     * The selection, resolved.
     *
     * @param area the area asked for, if any: what was typed, and the areas it stands for
     * @param codes parameter → notations chosen, per coded dimension
     * @param period the period chosen, if any
     * @param granularity the period length asked for, if any (else the data's own, or the period's)
     */
    record Selected(
            Optional<Area> area,
            Map<String, List<String>> codes,
            Optional<String> period,
            Optional<Span> granularity) {}

    /**
     * An area filter.
     *
     * @param query what was asked for (a code or a name)
     * @param uri the district or state it names
     * @param label its name
     * @param level {@code district} or {@code state}
     * @param areas the dataset's areas it covers (the district itself, or the districts of the state)
     */
    record Area(String query, String uri, String label, String level, List<String> areas) {}

    /** How many figures are published, withheld and incomplete. */
    long count(Rollup.Status status) {
        return cells.stream().filter(c -> c.rollup().status() == status).count();
    }
}
