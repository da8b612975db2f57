package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.registry.catalog.figures.Rollup;
import org.pravasi.registry.store.Store;

/**
 * Every dataset's figures for one district (as area, origin or destination of a flow): the total and a breakdown by
 * each dimension, per year and per period of the data, each a total by the registry's one rule for totals over parts
 * ({@link Rollup#of}, through {@link CellRollups}) and each with the explorer's address of its selection. A total that
 * would include a withheld or missing cell has no value, never a partial sum.
 */
final class DistrictFigures {
    /** The dimensions that can hold a district, with the message key naming the role. */
    static final Map<String, String> AREA_ROLES = Map.of(
            SDMX.refArea.getURI(),
            "district.role.area",
            PV.originArea.getURI(),
            "district.role.origin",
            PV.destinationArea.getURI(),
            "district.role.destination");

    /**
     * One figure: a total by the one rule ({@link CellRollups}) and the explorer's address of exactly its selection.
     *
     * @param total what may be shown, and what its parts are
     * @param explore the explorer's address with this figure's selection
     */
    record Fig(CellRollups.Total total, String explore) {}

    /**
     * One row of a table: a category (or the total of all) and its figure in each year.
     *
     * @param label the category's label in the page's language
     * @param figures one per year of {@link Indicator#years()}
     */
    record Row(String label, List<Fig> figures) {}

    /**
     * The breakdown by one dimension.
     *
     * @param param the explorer's parameter of the dimension
     * @param label the dimension's label
     * @param rows one per value of the dimension (its total code left out)
     */
    record Breakdown(String param, String label, List<Row> rows) {}

    /**
     * One dataset's figures for the district.
     *
     * @param dataset the dataset
     * @param measure what is counted
     * @param roleKey message key of the district's role (area, origin, destination)
     * @param years the years of the data, oldest first (the last is the latest)
     * @param total the total of all the district's figures in each year
     * @param breakdowns a breakdown by each dimension other than areas and the period
     * @param overTime the total in each of the dataset's own periods (label → figure), in time order
     * @param citation how to cite the dataset
     * @param explore the explorer's address of the dataset with this district chosen
     */
    record Indicator(
            Summaries.Dataset dataset,
            String measure,
            String roleKey,
            List<String> years,
            Row total,
            List<Breakdown> breakdowns,
            Map<String, Fig> overTime,
            Citation citation,
            String explore) {

        /** The total over time as chart points: a figure that is not published is drawn as a mark, never as 0. */
        List<Totals.Point> points() {
            List<Totals.Point> out = new ArrayList<>();
            overTime.forEach((label, f) -> out.add(
                    f.total().rollup().value().isPresent()
                            ? new Totals.Point(
                                    label, label, f.total().rollup().value().getAsLong(), 0)
                            : new Totals.Point(
                                    label,
                                    label,
                                    0,
                                    Math.max(1, f.total().rollup().withheldParts()))));
            return out;
        }
    }

    /**
     * Observations of one dataset read at most for one district, as the explorer reads at most for one selection: a
     * dataset with more for one district is left off its page, rather than a page that holds them all.
     */
    static final long MOST_OBSERVATIONS = 200_000;

    private final Store store;
    private final long mostObservations;
    private final Catalogue catalogue;
    private final int threshold;
    private final CubeReader cubes;

    DistrictFigures(Store store, Catalogue catalogue, int threshold) {
        this(store, catalogue, threshold, MOST_OBSERVATIONS);
    }

    /** Figures that read at most {@code mostObservations} of one dataset for a district. */
    DistrictFigures(Store store, Catalogue catalogue, int threshold, long mostObservations) {
        this.mostObservations = mostObservations;
        this.store = store;
        this.catalogue = catalogue;
        this.threshold = threshold;
        this.cubes = new CubeReader(store, catalogue.view());
    }

    /** The indicators of {@code districtUri} across all current datasets. */
    List<Indicator> read(String districtUri, String lang) {
        return store.read(() -> readIn(districtUri, lang));
    }

    private List<Indicator> readIn(String districtUri, String lang) {
        Node district = NodeFactory.createURI(districtUri);
        List<Indicator> out = new ArrayList<>();
        for (Summaries.Dataset d : catalogue.datasets(lang, x -> true)) {
            if (!mentions(d.uri(), district)) {
                continue;
            }
            Optional<Citation> citation = Citation.read(catalogue.view(), d.uri(), "", lang);
            if (citation.isEmpty()) {
                continue;
            }
            cubes.currentShape(d.uri()).ifPresent(shape -> {
                List<Node> dims = shape.structure().dimensions();
                for (int i = 0; i < dims.size(); i++) {
                    String role = AREA_ROLES.get(dims.get(i).getURI());
                    if (role == null || !shape.values().get(i).contains(district)) {
                        continue;
                    }
                    // Only the district's own rows, read from the index: every figure on the page is about it, and
                    // reading no others is what keeps a page of a large dataset small.
                    List<Set<Node>> bounds = new ArrayList<>(Collections.nCopies(dims.size(), null));
                    bounds.set(i, Set.of(district));
                    CubeReader.Slice only = cubes.slice(shape, lang, bounds, mostObservations);
                    if (!only.tooLarge() && !only.cube().rows().isEmpty()) {
                        out.add(indicator(
                                d, new CellRollups(only.cube(), threshold), i, districtUri, role, citation.get()));
                    }
                }
            });
        }
        return out;
    }

    private static Indicator indicator(
            Summaries.Dataset d, CellRollups c, int area, String districtUri, String role, Citation citation) {
        Cube cube = c.cube();
        String code = cube.rows().stream()
                .map(r -> r.keys().get(area))
                .filter(t -> t.uri().equals(districtUri))
                .findFirst()
                .orElseThrow()
                .notation();
        Map<Integer, String> here = Map.of(area, code);
        List<String> years = c.years();
        Row total = row(d, c, here, years, "");
        List<Breakdown> breakdowns = new ArrayList<>();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            if (i == area || i == c.period()) {
                continue;
            }
            int index = i;
            Map<String, String> values = new LinkedHashMap<>();
            cube.rows().stream()
                    .filter(r -> r.keys().get(area).notation().equals(code))
                    .map(r -> r.keys().get(index))
                    .filter(t -> !Totals.TOTAL.equals(t.notation()))
                    .forEach(t -> values.putIfAbsent(t.notation(), t.label()));
            List<Row> rows = new ArrayList<>();
            values.forEach((notation, label) -> {
                Map<Integer, String> fixed = new LinkedHashMap<>(here);
                fixed.put(index, notation);
                rows.add(row(d, c, fixed, years, label));
            });
            breakdowns.add(new Breakdown(c.param(i), cube.dimensions().get(i).label(), rows));
        }
        Map<String, Fig> overTime = new LinkedHashMap<>();
        c.periods()
                .forEach((notation, label) ->
                        overTime.put(label, new Fig(c.inPeriod(here, notation), c.explore(d.uri(), here, notation))));
        if (overTime.values().stream().anyMatch(f -> f.total().rollup().status() == Rollup.Status.NOT_ADDED)) {
            // "All combined" of categories that overlap is not a count of anything: no series, and no chart of it.
            overTime.clear();
        }
        return new Indicator(
                d,
                cube.measure().label(),
                role,
                years,
                total,
                breakdowns,
                overTime,
                citation,
                explorePath(d.uri(), districtUri));
    }

    private static Row row(
            Summaries.Dataset d, CellRollups c, Map<Integer, String> fixed, List<String> years, String label) {
        List<Fig> figures = new ArrayList<>();
        for (String y : years) {
            figures.add(new Fig(c.inYear(fixed, y), c.explore(d.uri(), fixed, y)));
        }
        return new Row(label, figures);
    }

    /**
     * The explorer's address of a dataset ({@code …/id/dataset/ORG/SLUG}) with the district ({@code …/id/district/N})
     * chosen.
     */
    static String explorePath(String datasetUri, String districtUri) {
        int at = datasetUri.indexOf("/id/dataset/");
        String code = districtUri.substring(districtUri.lastIndexOf('/') + 1);
        return at < 0 ? "" : "/explore/" + datasetUri.substring(at + "/id/dataset/".length()) + "?area=" + code;
    }

    /** Whether the current version of the dataset has an observation in the district (a quick index lookup). */
    private boolean mentions(String datasetUri, Node district) {
        return catalogue.view().currentVersionUses(datasetUri, AREA_ROLES.keySet(), district.getURI());
    }
}
