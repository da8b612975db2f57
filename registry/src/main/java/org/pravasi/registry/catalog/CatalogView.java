package org.pravasi.registry.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.store.Store;

/**
 * The typed read side of the catalogue that {@code registry.publish} writes: dataset records, their current version and
 * the current version's observations. Each call reads in one transaction (joining the caller's, if any). Which version
 * of a dataset is current is read in one place, {@link CurrentVersion}.
 */
public final class CatalogView {
    /** The status of a withheld cell: it never shows a value, whatever else the graph holds. */
    static final Node CONFIDENTIAL = NodeFactory.createURI(PravasiUris.concept("obs-status", "confidential"));

    private static final int UNORDERED = 99;

    /** Observations held at once by {@link #eachRowInOrder}: about 10 MB of rows. */
    public static final int IN_ORDER_CHUNK = 32_768;

    private final Store store;
    private final Node catalogGraph;

    private CatalogView(Store store, InstanceUris uris) {
        this.store = Objects.requireNonNull(store, "store");
        this.catalogGraph = uris.catalogGraph();
    }

    /** The read model over {@code store}, whose own catalogue lives under {@code uris}. */
    public static CatalogView over(Store store, InstanceUris uris) {
        return new CatalogView(store, uris);
    }

    /** The current version of {@code datasetUri}; empty when the dataset is unknown or withdrawn. */
    public Optional<VersionRef> currentVersion(String datasetUri) {
        return read(() -> CurrentVersion.of(store.dataset(), uri(datasetUri)));
    }

    /** The record of {@code datasetUri}; empty when the store holds no record of it. */
    public Optional<DatasetRecord> record(String datasetUri) {
        return read(() -> record(store.dataset(), uri(datasetUri)));
    }

    /** Every dataset record the store holds (own, harvested and withdrawn), in no particular order. */
    public List<DatasetRecord> records() {
        return read(() -> records(store.dataset()));
    }

    /** Every dataset record in {@code dsg}; call inside a read transaction. */
    static List<DatasetRecord> records(DatasetGraph dsg) {
        List<DatasetRecord> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, PV.withdrawn.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getGraph().equals(q.getSubject())) {
                record(dsg, q.getSubject()).ifPresent(out::add);
            }
        });
        return out;
    }

    /** The URIs of the datasets the catalogue lists that have a current version, in the store's order. */
    public List<String> currentDatasets() {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            List<String> out = new ArrayList<>();
            dsg.find(catalogGraph, Node.ANY, DCAT.dataset.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()
                        && CurrentVersion.of(dsg, q.getObject()).isPresent()) {
                    out.add(q.getObject().getURI());
                }
            });
            return out;
        });
    }

    /** The observations of the current version of {@code datasetUri}; empty when it is unknown or withdrawn. */
    public Optional<CubeData> currentCube(String datasetUri) {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            return CurrentVersion.of(dsg, uri(datasetUri)).map(v -> cube(dsg, datasetUri, v));
        });
    }

    /**
     * Whether an observation of {@code datasetUri}'s current version has {@code codeUri} on one of
     * {@code dimensionUris}: a quick index lookup, no cube read. False when the dataset has no current version.
     */
    public boolean currentVersionUses(String datasetUri, Collection<String> dimensionUris, String codeUri) {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            Node code = uri(codeUri);
            return CurrentVersion.of(dsg, uri(datasetUri))
                    .map(v -> uri(v.uri()))
                    .map(v -> dimensionUris.stream().anyMatch(d -> dsg.contains(v, Node.ANY, uri(d), code)))
                    .orElse(false);
        });
    }

    /** The versions {@code datasetUri}'s record lists, newest first; empty when there is no record. */
    public List<DatasetVersion> versions(String datasetUri) {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            Node ds = uri(datasetUri);
            Optional<VersionRef> current = CurrentVersion.of(dsg, ds);
            List<DatasetVersion> out = new ArrayList<>();
            for (Node v : objects(dsg, ds, ds, DCAT3.hasVersion.asNode())) {
                String n = anyLexical(dsg, v, DCAT3.version.asNode());
                VersionRef ref = new VersionRef(v.getURI(), n.matches("\\d{1,9}") ? Integer.parseInt(n) : 0);
                out.add(new DatasetVersion(
                        ref,
                        anyLexical(dsg, v, DCTerms.issued.asNode()),
                        anyLexical(dsg, v, PV.observations.asNode()),
                        anyLexical(dsg, v, PV.suppressedCells.asNode()),
                        current.map(c -> c.uri().equals(ref.uri())).orElse(false),
                        dsg.contains(ds, v, PROV.wasInvalidatedBy.asNode(), Node.ANY),
                        uris(dsg, ds, v, PV.addedCode.asNode()),
                        uris(dsg, ds, v, PV.removedCode.asNode())));
            }
            out.sort(Comparator.comparingInt((DatasetVersion d) -> d.ref().number())
                    .reversed());
            return out;
        });
    }

    /** The activity that published {@code versionUri} of {@code datasetUri}; empty when the record states none. */
    public Optional<Provenance> provenance(String datasetUri, String versionUri) {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            Node ds = uri(datasetUri);
            Node version = uri(versionUri);
            return anyFirst(dsg, version, PROV.wasGeneratedBy.asNode()).map(a -> {
                List<String> rules = new ArrayList<>();
                dsg.find(ds, a, PV.rule.asNode(), Node.ANY)
                        .forEachRemaining(q -> rules.add(q.getObject().getLiteralLexicalForm()));
                rules.sort(Comparator.naturalOrder());
                return new Provenance(
                        a.getURI(),
                        anyLexical(dsg, a, PROV.startedAtTime.asNode()),
                        anyLexical(dsg, a, PROV.endedAtTime.asNode()),
                        anyLexical(dsg, version, PV.tableSha256.asNode()),
                        anyLexical(dsg, a, PV.suppressionThreshold.asNode()),
                        anyLexical(dsg, a, PV.suppressedCells.asNode()),
                        List.copyOf(rules));
            });
        });
    }

    /** Why {@code datasetUri} was withdrawn, as its tombstone says; empty when it was not. */
    public Optional<String> withdrawalReason(String datasetUri) {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            return anyFirst(dsg, uri(datasetUri), PROV.wasInvalidatedBy.asNode())
                    .map(a -> anyLexical(dsg, a, DCTerms.description.asNode()));
        });
    }

    /** Labels and texts in {@code lang} (then English, then any language) of whatever the store describes. */
    public Labels labels(String lang) {
        return Labels.in(store, lang);
    }

    /** What {@code datasetUri}'s record says about it beyond {@link #record}; all empty when there is none. */
    public DatasetDescription description(String datasetUri) {
        return read(() -> Entities.description(store.dataset(), uri(datasetUri)));
    }

    /** Whether the store states anything about {@code uri}, in any graph. */
    public boolean isDescribed(String uri) {
        return read(() -> store.dataset().contains(Node.ANY, uri(uri), Node.ANY, Node.ANY));
    }

    /** The state a district (or a centre) {@code placeUri} lies in; empty when none is stated. */
    public Optional<String> stateOf(String placeUri) {
        return read(() -> Entities.state(store.dataset(), uri(placeUri)));
    }

    /** The story {@code storyUri}; empty when the store holds no story of that URI. */
    public Optional<StoryRecord> story(String storyUri) {
        return read(() -> Entities.story(store.dataset(), uri(storyUri)));
    }

    /** Every story, in no particular order. */
    public List<StoryRecord> stories() {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            return Entities.subjectsOfType(dsg, PV.Story.asNode()).stream()
                    .flatMap(s -> Entities.story(dsg, uri(s)).stream())
                    .toList();
        });
    }

    /** The organisation {@code orgUri}, its centres named in {@code labels}' language; empty when it is none. */
    public Optional<OrganisationRecord> organisation(String orgUri, Labels labels) {
        return read(() -> Entities.organisation(store.dataset(), uri(orgUri), labels));
    }

    /** Every organisation, its centres named in {@code labels}' language, in no particular order. */
    public List<OrganisationRecord> organisations(Labels labels) {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            return Entities.subjectsOfType(dsg, PV.Organisation.asNode()).stream()
                    .flatMap(o -> Entities.organisation(dsg, uri(o), labels).stream())
                    .toList();
        });
    }

    /** A copy of the named graph {@code graphUri}: the vocabulary, say; empty when there is none. */
    public Graph namedGraph(String graphUri) {
        return read(() -> Descriptions.namedGraph(store.dataset(), uri(graphUri)));
    }

    /**
     * The description of the thing {@code entityUri} names: the graph named after it (a dataset's record, a version's
     * cube, an organisation, a story), its own triples from every graph closed over blank nodes, and its geometries'.
     * Empty when nothing is known about it.
     */
    public Graph describe(String entityUri) {
        return read(() -> Descriptions.entity(store.dataset(), uri(entityUri)));
    }

    /** The code list {@code schemeUri} with its concepts; empty when it is not one. */
    public Graph codeScheme(String schemeUri) {
        return read(() -> Descriptions.codeScheme(store.dataset(), uri(schemeUri)));
    }

    /** The catalogue: its own graph, the record of every dataset it lists and the graph of every publisher. */
    public Graph catalogue() {
        return read(() -> Descriptions.catalogue(store.dataset(), catalogGraph));
    }

    private <T> T read(Supplier<T> action) {
        return store.read(action);
    }

    private static Optional<DatasetRecord> record(DatasetGraph dsg, Node ds) {
        Optional<Node> withdrawn = first(dsg, ds, ds, PV.withdrawn.asNode());
        if (withdrawn.isEmpty() && !dsg.contains(ds, ds, Node.ANY, Node.ANY)) {
            return Optional.empty();
        }
        return Optional.of(new DatasetRecord(
                ds.getURI(),
                lexical(dsg, ds, DCTerms.identifier.asNode()),
                lexical(dsg, ds, DCTerms.publisher.asNode()),
                lexical(dsg, ds, DCTerms.modified.asNode()),
                lexical(dsg, ds, DCTerms.license.asNode()),
                lexical(dsg, ds, DCTerms.source.asNode()),
                withdrawn
                        .map(n -> n.isLiteral() && "true".equals(n.getLiteralLexicalForm()))
                        .orElse(false),
                CurrentVersion.of(dsg, ds)));
    }

    private static CubeData cube(DatasetGraph dsg, String datasetUri, VersionRef version) {
        Node v = uri(version.uri());
        CubeShape.Structure s = structure(dsg, v);
        List<CubeData.Row> rows =
                CubeRows.read(dsg, v, s.dimensions(), s.measure().orElse(null));
        rows.sort(Comparator.comparingLong(r -> obsNumber(r.uri())));
        return new CubeData(datasetUri, version, s.dimensions(), s.measure(), List.copyOf(rows), s.overlapping());
    }

    /**
     * The shape of the current version of {@code datasetUri}: its structure and the distinct values of each dimension,
     * read from the indexes without reading its observations; empty when it is unknown or withdrawn.
     */
    public Optional<CubeShape> currentShape(String datasetUri) {
        return read(() -> {
            DatasetGraph dsg = store.dataset();
            return CurrentVersion.of(dsg, uri(datasetUri))
                    .map(v ->
                            CubeSlices.shape(dsg, datasetUri, v, structure(dsg, uri(v.uri())), CatalogView::obsNumber));
        });
    }

    /**
     * Gives each observation of {@code shape}'s version to {@code each} as it is read, in index order (not observation
     * order), holding none of them: what a summary of a version of any size reads. Returns how many were given.
     */
    public long eachRow(CubeShape shape, Consumer<CubeData.Row> each) {
        return read(() -> CubeRows.each(
                store.dataset(),
                uri(shape.version().uri()),
                shape.structure().dimensions(),
                shape.structure().measure().orElse(null),
                each));
    }

    /**
     * Gives each observation of {@code shape}'s version to {@code each} in observation order (the publishing order, the
     * order of a download's rows), holding at most {@link #IN_ORDER_CHUNK} of them. Returns how many were given.
     */
    public long eachRowInOrder(CubeShape shape, Consumer<CubeData.Row> each) {
        return read(() -> CubeRows.eachInOrder(
                store.dataset(),
                uri(shape.version().uri()),
                shape.structure().dimensions(),
                shape.structure().measure().orElse(null),
                CatalogView::obsNumber,
                IN_ORDER_CHUNK,
                each));
    }

    /** The number of an observation URI ({@code …/obs/42} → 42), by which observations keep their publishing order. */
    public static long observationNumber(String uri) {
        return obsNumber(uri);
    }

    /**
     * The observations of {@code shape}'s version that have, on each dimension with a bound, one of the bound's values
     * ({@code null}: any value), read from the narrowest bound's index ranges; too large when more than {@code atMost}
     * observations would have to be read.
     */
    public CubeSlice slice(CubeShape shape, List<Set<Node>> bounds, long atMost) {
        return read(() -> CubeSlices.slice(store.dataset(), shape, bounds, atMost, CatalogView::obsNumber));
    }

    private static CubeShape.Structure structure(DatasetGraph dsg, Node v) {
        List<Node> dims = new ArrayList<>();
        Map<Node, Integer> order = new HashMap<>();
        Set<Node> overlapping = new HashSet<>();
        Node measure = null;
        for (Node dsd : objects(dsg, v, v, QB.structure.asNode())) {
            for (Node c : objects(dsg, v, dsd, QB.component.asNode())) {
                for (Node d : objects(dsg, v, c, QB.dimension.asNode())) {
                    dims.add(d);
                    if (CategoryOverlap.of(dsg, v, c, d)) {
                        overlapping.add(d);
                    }
                    order.put(
                            d,
                            first(dsg, v, c, QB.order.asNode())
                                    .map(o -> Integer.parseInt(o.getLiteralLexicalForm()))
                                    .orElse(UNORDERED));
                }
                for (Node m : objects(dsg, v, c, QB.measure.asNode())) {
                    measure = m;
                }
            }
        }
        dims.sort(Comparator.comparing(order::get));
        return new CubeShape.Structure(List.copyOf(dims), Optional.ofNullable(measure), overlapping);
    }

    private static long obsNumber(String uri) {
        try {
            return Long.parseLong(uri.substring(uri.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static Optional<Node> first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /**
     * A value of {@code p} on {@code s} in any graph: a version's facts sit in its record and may repeat in its graph.
     */
    private static Optional<Node> anyFirst(DatasetGraph dsg, Node s, Node p) {
        return first(dsg, Node.ANY, s, p);
    }

    private static String anyLexical(DatasetGraph dsg, Node s, Node p) {
        return anyFirst(dsg, s, p).map(CatalogView::text).orElse("");
    }

    private static String text(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "";
    }

    private static List<String> uris(DatasetGraph dsg, Node g, Node s, Node p) {
        return objects(dsg, g, s, p).stream()
                .filter(Node::isURI)
                .map(Node::getURI)
                .toList();
    }

    private static String lexical(DatasetGraph dsg, Node ds, Node p) {
        return first(dsg, ds, ds, p)
                .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "")
                .orElse("");
    }
}
