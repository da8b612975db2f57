package org.pravasi.registry.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.GEO;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.registry.catalog.figures.DistrictTallies;
import org.pravasi.registry.catalog.figures.Tally;
import org.pravasi.registry.store.QuadIndex;
import org.pravasi.registry.store.Store;

/**
 * The catalogue as the map reads it: the current cubes that may be mapped, the values each dimension of a version
 * takes, labels in bulk, the reference geography and the district tallies of a selection. Each call reads in one
 * transaction (joining the caller's), and gives up after the timeout it was made with.
 */
public final class MapSource {
    private static final String PREFIXES = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;
    private static final String DIMENSIONS = """
            SELECT DISTINCT ?dim WHERE { ?version qb:structure/qb:component/qb:dimension ?dim }""";
    /** How many resources one label query asks for. */
    private static final int BATCH = 200;

    private static final Predicate<Node> ENGLISH = o -> o.getLiteralLanguage().equalsIgnoreCase("en")
            || o.getLiteralLanguage().toLowerCase().startsWith("en-");
    private static final Predicate<Node> HINDI = o -> o.getLiteralLanguage().equalsIgnoreCase("hi");
    private static final Predicate<Node> ANY_LITERAL = o -> true;

    private final Store store;
    private final long timeoutMs;
    private final DistrictTallies tallies;

    private MapSource(Store store, long timeoutMs) {
        this.store = store;
        this.timeoutMs = timeoutMs;
        this.tallies = new DistrictTallies(timeoutMs);
    }

    /** The map's reads over {@code store}, each query giving up after {@code timeoutMs} milliseconds. */
    public static MapSource over(Store store, long timeoutMs) {
        return new MapSource(store, timeoutMs);
    }

    /**
     * A current, not withdrawn dataset version and one measure of its structure: a cube the map may show.
     *
     * @param dataset the dataset URI
     * @param version its current version's URI
     * @param publisher the publishing organisation's URI, or {@code null} when the record names none
     * @param measure the measure property
     * @param illustrative whether the dataset is marked as illustrative
     */
    public record CubeHead(String dataset, String version, String publisher, String measure, boolean illustrative) {}

    /**
     * One value a dimension takes in a version's observations.
     *
     * @param uri the value's URI; {@code null} for a literal (which no map can use)
     * @param notation its {@code skos:notation}, if any (districts: none, their notation is their last segment)
     * @param start its {@code pv:periodStart}, if any
     * @param end its {@code pv:periodEnd}, if any
     */
    public record DimensionValue(String uri, String notation, String start, String end) {}

    /**
     * A resource's labels as the map shows them.
     *
     * @param main the English label, else the first untagged or other one; {@code null} when none
     * @param hindi the first Hindi label; {@code null} when none
     */
    public record LabelPair(String main, String hindi) {}

    /**
     * A district of the reference geography.
     *
     * @param lgd LGD district code
     * @param name English name ({@code null} when none)
     * @param stateLgd LGD code of its state (empty when none)
     * @param stateName English name of its state (its code when it has none)
     * @param boundary whether it has a geometry
     * @param mapsTo2011 the LGD code of the 2011 district it was carved out of, when it has no geometry; or null
     * @param nameHi Hindi name ({@code null} when none, in any graph)
     * @param stateNameHi Hindi name of its state ({@code null} when none)
     */
    public record GeoDistrict(
            String lgd,
            String name,
            String stateLgd,
            String stateName,
            boolean boundary,
            String mapsTo2011,
            String nameHi,
            String stateNameHi) {}

    /** Every current, not withdrawn dataset version with each measure of its structure, in no particular order. */
    public List<CubeHead> heads() {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            List<CubeHead> out = new ArrayList<>();
            for (DatasetRecord r : CatalogView.records(dsg)) {
                if (!r.withdrawn() && r.current().isPresent()) {
                    out.addAll(heads(dsg, r, r.current().get()));
                }
            }
            return out;
        });
    }

    /** The heads of the dataset {@code datasetOrVersion} names, or of the dataset whose current version it is. */
    public List<CubeHead> heads(String datasetOrVersion) {
        return store.read(() -> {
            List<CubeHead> all = heads();
            List<CubeHead> byDataset = all.stream()
                    .filter(h -> h.dataset().equals(datasetOrVersion))
                    .toList();
            return byDataset.isEmpty()
                    ? all.stream()
                            .filter(h -> h.version().equals(datasetOrVersion))
                            .toList()
                    : byDataset;
        });
    }

    private static List<CubeHead> heads(DatasetGraph dsg, DatasetRecord r, VersionRef current) {
        Node ds = NodeFactory.createURI(r.uri());
        Node version = NodeFactory.createURI(current.uri());
        var flag = dsg.find(Node.ANY, ds, PV.illustrative.asNode(), Node.ANY);
        boolean illustrative =
                flag.hasNext() && "true".equals(literal(flag.next().getObject()));
        String publisher = r.publisher().isEmpty() ? null : r.publisher();
        List<CubeHead> out = new ArrayList<>();
        for (Node dsd : objects(dsg, version, QB.structure.asNode())) {
            for (Node c : objects(dsg, dsd, QB.component.asNode())) {
                for (Node m : objects(dsg, c, QB.measure.asNode())) {
                    if (m.isURI()) {
                        out.add(new CubeHead(r.uri(), current.uri(), publisher, m.getURI(), illustrative));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The dimension property URIs of {@code version} whose categories overlap ({@code pv:categoriesOverlap}): the map
     * never sums across them.
     */
    public java.util.Set<String> overlapping(String version) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node v = NodeFactory.createURI(version);
            java.util.Set<String> out = new java.util.HashSet<>();
            for (Node dsd : objects(dsg, v, QB.structure.asNode())) {
                for (Node c : objects(dsg, dsd, QB.component.asNode())) {
                    for (Node d : objects(dsg, c, QB.dimension.asNode())) {
                        if (d.isURI() && CategoryOverlap.of(dsg, v, c, d)) {
                            out.add(d.getURI());
                        }
                    }
                }
            }
            return java.util.Set.copyOf(out);
        });
    }

    /**
     * The values each dimension of {@code version} takes in its observations, read from the version graph's index (one
     * step per distinct value, not per observation), each with its notation and period bounds where it has them.
     */
    public Map<String, List<DimensionValue>> values(String version) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + DIMENSIONS);
            pss.setIri("version", version);
            QuadIndex index = QuadIndex.of(dsg);
            Node graph = NodeFactory.createURI(version);
            Map<String, List<DimensionValue>> byDim = new LinkedHashMap<>();
            for (QuerySolution row : select(dsg, pss)) {
                String dim = uri(row, "dim");
                if (dim == null) {
                    continue;
                }
                List<DimensionValue> values = new ArrayList<>();
                for (Node node : index.distinctObjects(graph, NodeFactory.createURI(dim))) {
                    if (!node.isURI()) {
                        values.add(new DimensionValue(null, null, null, null));
                    } else if (node.getURI().startsWith(DistrictTallies.DISTRICT_BASE)) {
                        values.add(new DimensionValue(node.getURI(), null, null, null));
                    } else {
                        values.add(new DimensionValue(
                                node.getURI(),
                                first(dsg, Node.ANY, node, SKOS.notation, ANY_LITERAL),
                                first(dsg, Node.ANY, node, PV.periodStart, ANY_LITERAL),
                                first(dsg, Node.ANY, node, PV.periodEnd, ANY_LITERAL)));
                    }
                }
                if (!values.isEmpty()) {
                    byDim.put(dim, values);
                }
            }
            return byDim;
        });
    }

    /** The labels of {@code uris}: {@code skos:prefLabel}, {@code foaf:name}, {@code dct:title}, {@code rdfs:label}. */
    public Map<String, LabelPair> labels(List<String> uris) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Map<String, String[]> found = new HashMap<>();
            for (int from = 0; from < uris.size(); from += BATCH) {
                List<String> batch = uris.subList(from, Math.min(uris.size(), from + BATCH));
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < batch.size(); i++) {
                    values.append(" ?r").append(i).append('x');
                }
                ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES
                        + "SELECT ?s ?text WHERE { VALUES ?s {" + values
                        + " } ?s skos:prefLabel|foaf:name|dct:title|rdfs:label ?text }");
                for (int i = 0; i < batch.size(); i++) {
                    pss.setIri("r" + i + "x", batch.get(i));
                }
                for (QuerySolution row : select(dsg, pss)) {
                    Literal l = row.getLiteral("text");
                    String[] pair = found.computeIfAbsent(uri(row, "s"), k -> new String[3]);
                    String lang = l.getLanguage().toLowerCase();
                    if (lang.startsWith("hi")) {
                        pair[1] = pair[1] == null ? l.getLexicalForm() : pair[1];
                    } else if (pair[0] == null || (pair[2] == null && lang.startsWith("en"))) {
                        // An English label wins over an untagged one; among equals the first found stays.
                        pair[0] = l.getLexicalForm();
                        pair[2] = lang.startsWith("en") ? "en" : null;
                    }
                }
            }
            Map<String, LabelPair> out = new HashMap<>();
            found.forEach((k, v) -> out.put(k, new LabelPair(v[0], v[1])));
            return out;
        });
    }

    /**
     * The districts of the reference geography graph, by LGD code in code order (the first of a code wins); empty when
     * none is installed.
     */
    public List<GeoDistrict> geography() {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node geo = NodeFactory.createURI(PravasiUris.GEO_GRAPH);
            Map<String, GeoDistrict> byCode =
                    new TreeMap<>(Comparator.comparingInt(MapSource::number).thenComparing(Comparator.naturalOrder()));
            Iterator<Quad> districts = dsg.find(geo, Node.ANY, RDF.type.asNode(), PV.District.asNode());
            try {
                while (districts.hasNext()) {
                    Node d = districts.next().getSubject();
                    String lgd = first(dsg, geo, d, SKOS.notation, ANY_LITERAL);
                    if (lgd == null) {
                        continue;
                    }
                    Node state = object(dsg, geo, d, PV.state.asNode());
                    String stateLgd = Optional.ofNullable(
                                    state == null ? null : first(dsg, geo, state, SKOS.notation, ANY_LITERAL))
                            .orElse("");
                    String stateName = Optional.ofNullable(
                                    stateLgd.isEmpty() ? null : first(dsg, geo, state, SKOS.prefLabel, ENGLISH))
                            .orElse(stateLgd);
                    boolean boundary = object(dsg, geo, d, GEO.hasGeometry.asNode()) != null;
                    Node parentDistrict = boundary ? null : object(dsg, geo, d, PV.mapsTo2011.asNode());
                    String parent =
                            parentDistrict == null ? null : first(dsg, geo, parentDistrict, SKOS.notation, ANY_LITERAL);
                    byCode.putIfAbsent(
                            lgd,
                            new GeoDistrict(
                                    lgd,
                                    first(dsg, geo, d, SKOS.prefLabel, ENGLISH),
                                    stateLgd,
                                    stateName,
                                    boundary,
                                    parent,
                                    first(dsg, Node.ANY, d, SKOS.prefLabel, HINDI),
                                    state == null ? null : first(dsg, Node.ANY, state, SKOS.prefLabel, HINDI)));
                }
            } finally {
                Iter.close(districts);
            }
            return List.copyOf(byCode.values());
        });
    }

    /** Per district, the tally of the observations {@code query} selects ({@link DistrictTallies}). */
    public Map<String, Tally> tallies(DistrictTallies.Query query) {
        return store.read(() -> tallies.read(store.dataset(), query));
    }

    private List<QuerySolution> select(DatasetGraph dsg, ParameterizedSparqlString pss) {
        try (QueryExecution qe = QueryExecution.create()
                .query(pss.asQuery())
                .dataset(DatasetFactory.wrap(dsg))
                .timeout(timeoutMs, TimeUnit.MILLISECONDS)
                .build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String uri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static String literal(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    /** The first object of {@code s p} in {@code graph} ({@link Node#ANY}: any graph), or {@code null}. */
    private static Node object(DatasetGraph dsg, Node graph, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    /** The lexical form of the first literal of {@code s p} in {@code graph} that {@code accept} takes, or null. */
    private static String first(
            DatasetGraph dsg, Node graph, Node s, org.apache.jena.rdf.model.Property p, Predicate<Node> accept) {
        Iterator<Quad> it = dsg.find(graph, s, p.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && accept.test(o)) {
                    return o.getLiteralLexicalForm();
                }
            }
            return null;
        } finally {
            Iter.close(it);
        }
    }

    private static int number(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
