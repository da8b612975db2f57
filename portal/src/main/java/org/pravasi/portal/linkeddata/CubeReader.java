package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.CubeData;
import org.pravasi.registry.catalog.CubeShape;
import org.pravasi.registry.catalog.CubeSlice;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.store.Store;

/**
 * The current version of a dataset as a labelled {@link Cube}, with labels in one language: a slice of it (pages), its
 * outline and its rows one chunk at a time in publishing order (downloads), so that no public answer holds a whole
 * version whatever its size; or whole ({@link #current}, what the others are checked against).
 */
public final class CubeReader {
    private static final Map<String, String[]> SDMX_NAMES = Map.of(
            SDMX.refArea.getURI(), new String[] {"area", "area", "क्षेत्र"},
            SDMX.refPeriod.getURI(), new String[] {"period", "period", "अवधि"});

    private final Store store;
    private final CatalogView catalogue;

    /** Creates a reader over the catalogue's read model; labels come from {@code store}. */
    public CubeReader(Store store, CatalogView catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    /**
     * The current version of {@code datasetUri} with labels in {@code lang}; empty for an unknown or withdrawn dataset.
     */
    public Optional<Cube> current(String datasetUri, String lang) {
        return store.read(() -> catalogue.currentCube(datasetUri).map(c -> labelled(c, catalogue.labels(lang), lang)));
    }

    /** The shape of {@code datasetUri}'s current version (structure and values, from the indexes); empty if none. */
    public Optional<CubeShape> currentShape(String datasetUri) {
        return catalogue.currentShape(datasetUri);
    }

    /**
     * The observations of {@code shape}'s version that have, on each dimension with a bound, one of its values
     * ({@code null}: any), labelled in {@code lang}; without rows and {@linkplain Slice#tooLarge too large} when more
     * than {@code atMost} observations would have to be read ({@link CatalogView#slice}).
     */
    public Slice slice(CubeShape shape, String lang, List<Set<Node>> bounds, long atMost) {
        return store.read(() -> {
            CubeSlice s = catalogue.slice(shape, bounds, atMost);
            CubeShape.Structure st = shape.structure();
            CubeData data = new CubeData(
                    shape.datasetUri(), shape.version(), st.dimensions(), st.measure(), s.rows(), st.overlapping());
            return new Slice(labelled(data, catalogue.labels(lang), lang), s.tooLarge());
        });
    }

    /**
     * The current version of {@code datasetUri}'s structure, labelled in {@code lang}, with the distinct values of each
     * dimension and no rows: what a download writes before its rows ({@link #eachRow}); empty if none.
     */
    public Optional<Outline> currentOutline(String datasetUri, String lang) {
        return store.read(() -> catalogue.currentShape(datasetUri).map(shape -> {
            Labels labels = catalogue.labels(lang);
            List<List<Cube.Term>> values = shape.values().stream()
                    .map(vs -> vs.stream().map(v -> term(v, labels)).toList())
                    .toList();
            return new Outline(outline(shape, labels, lang), shape, values);
        }));
    }

    /**
     * {@code shape}'s version as a cube with no rows: its dimensions and measure labelled in {@code lang} and the
     * dimensions whose categories overlap.
     */
    public static Cube outline(CubeShape shape, Labels labels, String lang) {
        CubeShape.Structure st = shape.structure();
        return structure(
                shape.datasetUri(),
                shape.version().uri(),
                st.dimensions(),
                st.measure(),
                st.overlapping(),
                labels,
                lang);
    }

    /**
     * Gives each observation of {@code outline}'s version to {@code each}, labelled in {@code lang}, in publishing
     * order, holding a chunk of them at a time ({@link CatalogView#eachRowInOrder}); returns how many were given. A
     * version of any size is written this way in bounded memory.
     */
    public long eachRow(Outline outline, String lang, Consumer<Cube.Row> each) {
        return store.read(() -> {
            Labels labels = catalogue.labels(lang);
            RowLabeller rows = new RowLabeller(v -> term(v, labels));
            return catalogue.eachRowInOrder(outline.shape(), r -> each.accept(rows.row(r)));
        });
    }

    /**
     * A version's labelled structure without its rows.
     *
     * @param cube its dimensions and measure, labelled, and no rows
     * @param shape its shape as stored
     * @param values per dimension, its distinct values labelled (in the order of {@code shape}'s)
     */
    public record Outline(Cube cube, CubeShape shape, List<List<Cube.Term>> values) {}

    /**
     * Some observations of a version, labelled.
     *
     * @param cube the version's structure and the observations selected, in observation order
     * @param tooLarge whether the selection had more observations than allowed (then {@code cube} has no rows)
     */
    public record Slice(Cube cube, boolean tooLarge) {}

    private static Cube labelled(CubeData data, Labels labels, String lang) {
        RowLabeller labeller = new RowLabeller(v -> term(v, labels));
        List<Cube.Row> rows = new ArrayList<>(data.rows().size());
        data.rows().forEach(r -> rows.add(labeller.row(r)));
        return structure(
                        data.datasetUri(),
                        data.version().uri(),
                        data.dimensions(),
                        data.measure(),
                        data.overlapping(),
                        labels,
                        lang)
                .withRows(rows);
    }

    /** A version's dimensions and measure labelled in {@code lang}, its overlapping dimensions, and no rows. */
    private static Cube structure(
            String datasetUri,
            String versionUri,
            List<Node> dimensions,
            Optional<Node> measure,
            Set<Node> overlapping,
            Labels labels,
            String lang) {
        List<Cube.Component> components =
                dimensions.stream().map(d -> component(d, labels, lang)).toList();
        Cube.Component m =
                measure.map(p -> component(p, labels, lang)).orElse(new Cube.Component("", "value", "value"));
        Set<String> overlaps = new HashSet<>();
        overlapping.forEach(d -> overlaps.add(d.getURI()));
        return new Cube(datasetUri, versionUri, components, m, List.of(), overlaps);
    }

    /** A dimension or measure property as a labelled component: SDMX's area and period by role, others by name. */
    public static Cube.Component component(Node property, Labels labels, String lang) {
        String[] sdmx = SDMX_NAMES.get(property.getURI());
        if (sdmx != null) {
            return new Cube.Component(property.getURI(), sdmx[0], "hi".equals(lang) ? sdmx[2] : sdmx[1]);
        }
        String local = property.getLocalName();
        return new Cube.Component(property.getURI(), snake(local), labels.label(property));
    }

    /** A dimension's value as a labelled term. */
    public static Cube.Term term(Node value, Labels labels) {
        return new Cube.Term(value.isURI() ? value.getURI() : "", labels.notation(value), labels.label(value));
    }

    /** {@code serviceType} → {@code service_type}. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
