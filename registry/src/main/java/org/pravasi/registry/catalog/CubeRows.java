package org.pravasi.registry.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.store.QuadIndex;

/**
 * The observations of one version graph, read from the quad indexes by node id ({@link QuadIndex}): the observations
 * from one GPOS range ({@code ?obs qb:dataSet <version>}), their quads in one sequential GSPO pass, each distinct value
 * decoded once. Reading a 1M-observation cube this way replaces millions of separate index lookups (one per observation
 * and dimension). Each dimension takes the observation's first value in index order, as a lookup would; the count is
 * empty when the cell is confidential or has no value. Call inside a read transaction.
 */
final class CubeRows {
    private CubeRows() {}

    /** The rows of {@code version}, in index order; {@code measure} may be null. */
    static List<CubeData.Row> read(DatasetGraph dsg, Node version, List<Node> dims, Node measure) {
        List<CubeData.Row> rows = new ArrayList<>();
        each(dsg, version, dims, measure, rows::add);
        return rows;
    }

    /**
     * Gives each row of {@code version} to {@code each} as it is read, in index order, holding none of them: memory
     * stays that of one row and the distinct values, whatever the version's size. Returns how many rows were given.
     */
    static long each(DatasetGraph dsg, Node version, List<Node> dims, Node measure, Consumer<CubeData.Row> each) {
        QuadIndex index = QuadIndex.of(dsg);
        NodeId graph = index.id(version);
        NodeId dataSet = index.id(QB.dataSet.asNode());
        if (graph == null || dataSet == null) {
            return 0;
        }
        return visit(index, graph, version, index.subjects(graph, dataSet, graph), dims, measure, each);
    }

    /**
     * Gives the rows of the observations {@code ids} (sorted) of {@code version}'s graph to {@code each}, in id order;
     * fails if the indexes disagree on how many there are.
     */
    private static int visit(
            QuadIndex index,
            NodeId graph,
            Node version,
            long[] ids,
            List<Node> dims,
            Node measure,
            Consumer<CubeData.Row> each) {
        Visitor v = new Visitor(index, ids, dims, measure, each);
        index.quadsOf(graph, ids, v);
        if (v.given != ids.length) {
            throw new IllegalStateException("The quad indexes of " + version + " disagree: " + ids.length
                    + " observations in GPOS, " + v.given + " in GSPO.");
        }
        return v.given;
    }

    /**
     * Gives each row of {@code version} to {@code each} in observation-number order (the publishing order, as
     * {@code number} reads it from an observation URI), holding at most {@code chunk} rows: the observations are put in
     * that order first (16 bytes each), then their quads are read chunk by chunk. Returns how many rows were given.
     */
    static long eachInOrder(
            DatasetGraph dsg,
            Node version,
            List<Node> dims,
            Node measure,
            ToLongFunction<String> number,
            int chunk,
            Consumer<CubeData.Row> each) {
        QuadIndex index = QuadIndex.of(dsg);
        NodeId graph = index.id(version);
        NodeId dataSet = index.id(QB.dataSet.asNode());
        if (graph == null || dataSet == null) {
            return 0;
        }
        long[] inOrder = inOrder(index, index.subjects(graph, dataSet, graph), number);
        long given = 0;
        for (int from = 0; from < inOrder.length; from += chunk) {
            long[] ids = Arrays.copyOfRange(inOrder, from, Math.min(inOrder.length, from + chunk));
            Arrays.sort(ids);
            List<Numbered> rows = new ArrayList<>(ids.length);
            visit(
                    index,
                    graph,
                    version,
                    ids,
                    dims,
                    measure,
                    r -> rows.add(new Numbered(number.applyAsLong(r.uri()), r)));
            rows.sort(Comparator.comparingLong(Numbered::number));
            rows.forEach(r -> each.accept(r.row()));
            given += rows.size();
        }
        return given;
    }

    /**
     * {@code observations} (raw ids) in the order of their numbers: placed at once when the numbers are 1 to n, each
     * once (as the publisher numbers them), else sorted by number, then id. Holds 16 bytes per observation, or about 40
     * when sorting.
     */
    private static long[] inOrder(QuadIndex index, long[] observations, ToLongFunction<String> number) {
        int n = observations.length;
        long[] placed = new long[n];
        BitSet taken = new BitSet(n);
        long[] numbers = null;
        for (int i = 0; i < n; i++) {
            long k = numberOf(index, observations[i], number);
            if (numbers == null && k >= 1 && k <= n && !taken.get((int) (k - 1))) {
                taken.set((int) (k - 1));
                placed[(int) (k - 1)] = observations[i];
                continue;
            }
            if (numbers == null) {
                // Not 1 to n each once: read every number again and sort by them.
                numbers = new long[n];
                for (int j = 0; j < i; j++) {
                    numbers[j] = numberOf(index, observations[j], number);
                }
            }
            numbers[i] = k;
        }
        if (numbers == null) {
            return placed;
        }
        long[] keys = numbers;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> keys[i]).thenComparingLong(i -> observations[i]));
        long[] out = new long[n];
        for (int j = 0; j < n; j++) {
            out[j] = observations[order[j]];
        }
        return out;
    }

    /** The number of the observation with raw id {@code raw}; one that is not a URI comes last. */
    private static long numberOf(QuadIndex index, long raw, ToLongFunction<String> number) {
        Node obs = index.nodeOnce(raw);
        return obs.isURI() ? number.applyAsLong(obs.getURI()) : Long.MAX_VALUE;
    }

    /**
     * Where each dimension property's value goes in a row's key: the positions in {@code dims} of each property the
     * store knows (a property may be listed twice); properties the store has never seen are left out.
     */
    static Map<NodeId, int[]> dimensionPositions(QuadIndex index, List<Node> dims) {
        Map<NodeId, int[]> out = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            NodeId p = index.id(dims.get(i));
            if (p != null) {
                int[] at = out.getOrDefault(p, new int[0]);
                int[] more = Arrays.copyOf(at, at.length + 1);
                more[at.length] = i;
                out.put(p, more);
            }
        }
        return out;
    }

    /** A row and its observation's number, read once. */
    private record Numbered(long number, CubeData.Row row) {}

    private static final class Visitor implements QuadIndex.SubjectVisitor {
        private final QuadIndex index;
        private final long[] observations;
        private final Map<NodeId, int[]> dimensionAt;
        private final NodeId measure;
        private final NodeId status;
        private final NodeId confidential;
        private final Map<NodeId, Node> decoded = new HashMap<>();
        private final int width;
        private final Consumer<CubeData.Row> each;
        int given;
        private NodeId[] keys;
        private NodeId value;
        private boolean withheld;

        Visitor(QuadIndex index, long[] observations, List<Node> dims, Node measure, Consumer<CubeData.Row> each) {
            this.index = index;
            this.observations = observations;
            this.width = dims.size();
            this.dimensionAt = CubeRows.dimensionPositions(index, dims);
            this.measure = measure == null ? null : index.id(measure);
            this.status = index.id(SDMX.obsStatus.asNode());
            this.confidential = index.id(CatalogView.CONFIDENTIAL);
            this.each = each;
        }

        @Override
        public void start() {
            keys = new NodeId[width];
            value = null;
            withheld = false;
        }

        @Override
        public void quad(NodeId predicate, NodeId object) {
            int[] at = dimensionAt.get(predicate);
            if (at != null) {
                for (int i : at) {
                    if (keys[i] == null) {
                        keys[i] = object;
                    }
                }
            }
            if (value == null && predicate.equals(measure)) {
                value = object;
            }
            if (predicate.equals(status) && object.equals(confidential)) {
                withheld = true;
            }
        }

        @Override
        public void end() {
            List<Optional<Node>> values = new ArrayList<>(width);
            for (NodeId k : keys) {
                values.add(k == null ? Optional.empty() : Optional.of(decoded.computeIfAbsent(k, index::node)));
            }
            OptionalLong count = value == null || withheld
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(index.node(value).getLiteralLexicalForm()));
            Node obs = index.nodeOnce(observations[given++]);
            each.accept(new CubeData.Row(obs.getURI(), List.copyOf(values), count));
        }
    }
}
