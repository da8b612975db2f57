package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.store.Store;

/** Reads the current version of a dataset from the store as a {@link Cube}. */
public final class CubeReader {
    private static final Map<String, String[]> SDMX_NAMES = Map.of(
            SDMX.refArea.getURI(), new String[] {"area", "area", "क्षेत्र"},
            SDMX.refPeriod.getURI(), new String[] {"period", "period", "अवधि"});

    /** The status of a suppressed cell: such a cell never shows a value, whatever else the graph holds. */
    static final Node CONFIDENTIAL = NodeFactory.createURI(PravasiUris.concept("obs-status", "confidential"));

    private final Store store;

    /** Creates a reader over the store. */
    public CubeReader(Store store) {
        this.store = store;
    }

    /** The current version of {@code datasetUri} with labels in {@code lang}; empty for an unknown or withdrawn dataset. */
    public Optional<Cube> current(String datasetUri, String lang) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node ds = NodeFactory.createURI(datasetUri);
            var it = dsg.find(ds, ds, Vocab.HAS_CURRENT_VERSION, Node.ANY);
            if (!it.hasNext()) {
                return Optional.empty();
            }
            return Optional.of(read(dsg, datasetUri, it.next().getObject(), Labels.in(dsg, lang), lang));
        });
    }

    private static Cube read(DatasetGraph dsg, String datasetUri, Node v, Labels labels, String lang) {
        List<Node> dims = new ArrayList<>();
        Map<Node, Integer> order = new HashMap<>();
        Node measure = null;
        for (Node dsd : objects(dsg, v, v, QB.structure.asNode())) {
            for (Node c : objects(dsg, v, dsd, QB.component.asNode())) {
                for (Node d : objects(dsg, v, c, QB.dimension.asNode())) {
                    dims.add(d);
                    order.put(d, objects(dsg, v, c, QB.order.asNode()).stream().findFirst()
                            .map(o -> Integer.parseInt(o.getLiteralLexicalForm())).orElse(99));
                }
                for (Node m : objects(dsg, v, c, QB.measure.asNode())) {
                    measure = m;
                }
            }
        }
        dims.sort(Comparator.comparing(order::get));
        List<Cube.Component> components = dims.stream().map(d -> component(d, labels, lang)).toList();
        Cube.Component m = measure == null ? new Cube.Component("", "value", "value") : component(measure, labels, lang);
        Map<Node, Cube.Term> terms = new HashMap<>();
        List<Cube.Row> rows = new ArrayList<>();
        for (Node obs : subjects(dsg, v, QB.dataSet.asNode(), v)) {
            List<Cube.Term> keys = new ArrayList<>();
            for (Node d : dims) {
                Node value = objects(dsg, v, obs, d).stream().findFirst().orElse(null);
                keys.add(value == null ? new Cube.Term("", "", "")
                        : terms.computeIfAbsent(value, k -> new Cube.Term(k.isURI() ? k.getURI() : "", labels.notation(k), labels.label(k))));
            }
            OptionalLong count = OptionalLong.empty();
            if (measure != null && !dsg.contains(v, obs, SDMX.obsStatus.asNode(), CONFIDENTIAL)) {
                Optional<Node> val = objects(dsg, v, obs, measure).stream().findFirst();
                if (val.isPresent()) {
                    count = OptionalLong.of(Long.parseLong(val.get().getLiteralLexicalForm()));
                }
            }
            rows.add(new Cube.Row(obs.getURI(), keys, count));
        }
        rows.sort(Comparator.comparingLong(r -> obsNumber(r.uri())));
        return new Cube(datasetUri, v.getURI(), components, m, rows);
    }

    private static Cube.Component component(Node property, Labels labels, String lang) {
        String[] sdmx = SDMX_NAMES.get(property.getURI());
        if (sdmx != null) {
            return new Cube.Component(property.getURI(), sdmx[0], "hi".equals(lang) ? sdmx[2] : sdmx[1]);
        }
        String local = property.getLocalName();
        return new Cube.Component(property.getURI(), snake(local), labels.label(property));
    }

    /** {@code serviceType} → {@code service_type}. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static long obsNumber(String uri) {
        int i = uri.lastIndexOf('/');
        try {
            return Long.parseLong(uri.substring(i + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static List<Node> subjects(DatasetGraph dsg, Node g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }
}
