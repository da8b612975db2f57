package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.registry.catalog.figures.Figure;
import org.pravasi.registry.store.Store;

/**
 * Every dataset's figures for one district, per period (as area, origin or destination of a flow), by the registry's
 * one rule for withheld cells ({@link Figure#of}), the rule the map applies: a period whose sum would include a
 * withheld cell shows no sum.
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
     * One dataset's figures for the district.
     *
     * @param dataset the dataset
     * @param measure what is counted
     * @param roleKey message key of the district's role (area, origin, destination)
     * @param points figures per period, in time order; a point with {@code suppressed > 0} has no sum (its figure would
     *     include that many withheld cells, see {@link Totals#figuresByPeriod})
     * @param citation how to cite the dataset
     * @param explore the explorer's address of the dataset with this district chosen
     */
    record Indicator(
            Summaries.Dataset dataset,
            String measure,
            String roleKey,
            List<Totals.Point> points,
            Citation citation,
            String explore) {}

    private final Store store;
    private final Catalogue catalogue;
    private final int threshold;
    private final CubeReader cubes;

    DistrictFigures(Store store, Catalogue catalogue, int threshold) {
        this.store = store;
        this.catalogue = catalogue;
        this.threshold = threshold;
        this.cubes = new CubeReader(store, catalogue.view());
    }

    /** The indicators of {@code districtUri} across all current datasets. */
    List<Indicator> read(String districtUri, String lang) {
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
            cubes.current(d.uri(), lang).ifPresent(cube -> {
                for (int i = 0; i < cube.dimensions().size(); i++) {
                    String role = AREA_ROLES.get(cube.dimensions().get(i).uri());
                    if (role == null) {
                        continue;
                    }
                    int index = i;
                    List<Cube.Row> rows = cube.rows().stream()
                            .filter(r -> r.keys().get(index).uri().equals(districtUri))
                            .toList();
                    if (!rows.isEmpty()) {
                        Cube only =
                                new Cube(cube.datasetUri(), cube.versionUri(), cube.dimensions(), cube.measure(), rows);
                        out.add(new Indicator(
                                d,
                                cube.measure().label(),
                                role,
                                Totals.figuresByPeriod(only, threshold),
                                citation.get(),
                                explorePath(d.uri(), districtUri)));
                    }
                }
            });
        }
        return out;
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
