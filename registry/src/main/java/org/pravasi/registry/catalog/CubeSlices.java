package org.pravasi.registry.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.store.QuadIndex;

/**
 * Reads the part of a version graph that a selection needs from the quad indexes ({@link QuadIndex}), as the map's
 * {@code DistrictTallies} does: the shape (each dimension's distinct values, one index descent per value) and the
 * observations of a selection (the subjects of the narrowest bound dimension's index ranges, then their own quads), so
 * that the cost follows the selection, not the dataset. Call inside a read transaction.
 */
final class CubeSlices {
    /** Index entries each bound may read in the first round of choosing the narrowest. */
    static final long FIRST_BUDGET = 256;

    private CubeSlices() {}

    /**
     * Each dimension's distinct values, ordered by the observation number of the first observation (lowest node id)
     * that has them: observations get their node ids as the publisher writes them, in number order.
     */
    static CubeShape shape(
            DatasetGraph dsg,
            String datasetUri,
            VersionRef version,
            CubeShape.Structure structure,
            ToLongFunction<String> obsNumber) {
        QuadIndex index = QuadIndex.of(dsg);
        NodeId graph = index.id(NodeFactory.createURI(version.uri()));
        List<List<Node>> values = new ArrayList<>();
        for (Node d : structure.dimensions()) {
            NodeId p = index.id(d);
            if (graph == null || p == null) {
                values.add(List.of());
                continue;
            }
            List<Map.Entry<Node, Long>> found = new ArrayList<>();
            index.firstSubjects(graph, p).forEach((o, s) -> {
                Node subject = index.node(s);
                found.add(Map.entry(index.node(o), subject.isURI() ? obsNumber.applyAsLong(subject.getURI()) : 0));
            });
            found.sort(Comparator.comparingLong(Map.Entry::getValue));
            values.add(found.stream().map(Map.Entry::getKey).toList());
        }
        return new CubeShape(datasetUri, version, structure, values);
    }

    /** The observations meeting every bound; see {@link CatalogView#slice}. */
    static CubeSlice slice(
            DatasetGraph dsg, CubeShape shape, List<Set<Node>> bounds, long atMost, ToLongFunction<String> obsNumber) {
        List<Node> dims = shape.structure().dimensions();
        if (bounds.size() != dims.size()) {
            throw new IllegalArgumentException(
                    "One bound per dimension: " + dims.size() + " dimensions, " + bounds.size() + " bounds");
        }
        QuadIndex index = QuadIndex.of(dsg);
        NodeId graph = index.id(NodeFactory.createURI(shape.version().uri()));
        NodeId dataSet = index.id(QB.dataSet.asNode());
        if (graph == null || dataSet == null) {
            return new CubeSlice(List.of(), false, 0, 0);
        }
        List<Set<NodeId>> boundIds = new ArrayList<>();
        List<NodeId> predicates = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            Set<Node> bound = bounds.get(i);
            if (bound == null) {
                boundIds.add(null);
                predicates.add(null);
                continue;
            }
            Set<NodeId> ids = new HashSet<>();
            bound.forEach(n -> {
                NodeId id = index.id(n);
                if (id != null) {
                    ids.add(id);
                }
            });
            NodeId p = index.id(dims.get(i));
            if (p == null || ids.isEmpty()) {
                return new CubeSlice(List.of(), false, 0, 0);
            }
            boundIds.add(ids);
            predicates.add(p);
        }
        long[] entries = {0};
        long[] chosen = null;
        if (predicates.stream().allMatch(p -> p == null)) {
            chosen = index.subjects(graph, dataSet, graph, atMost);
            entries[0] += chosen == null ? atMost + 1 : chosen.length;
        } else {
            // Which bound is narrowest is not known before reading: read every bound's ranges up to a budget that grows
            // fourfold until one fits, so the cost stays within a small multiple of the narrowest.
            for (long budget = Math.min(FIRST_BUDGET, atMost); chosen == null; budget = Math.min(budget * 4, atMost)) {
                for (int i = 0; i < predicates.size() && chosen == null; i++) {
                    if (predicates.get(i) != null) {
                        chosen = subjects(index, graph, predicates.get(i), boundIds.get(i), budget, entries);
                    }
                }
                if (budget == atMost) {
                    break;
                }
            }
        }
        if (chosen == null) {
            return new CubeSlice(List.of(), true, entries[0], 0);
        }
        long[] best = chosen;
        Visitor v = new Visitor(
                index, graph, dataSet, dims, shape.structure().measure().orElse(null), boundIds, best);
        index.quadsOf(graph, best, v);
        if (v.seen != best.length) {
            throw new IllegalStateException(
                    "The quad indexes of " + shape.version().uri() + " disagree: " + best.length
                            + " observations in GPOS, " + v.seen + " in GSPO.");
        }
        v.rows.sort(Comparator.comparingLong(r -> obsNumber.applyAsLong(r.uri())));
        return new CubeSlice(v.rows, false, entries[0], v.quads);
    }

    /** The subjects with one of {@code values} on {@code p}, if there are at most {@code budget}; else null. */
    private static long[] subjects(
            QuadIndex index, NodeId graph, NodeId p, Set<NodeId> values, long budget, long[] entries) {
        List<long[]> parts = new ArrayList<>();
        long got = 0;
        for (NodeId id : values) {
            long[] s = index.subjects(graph, p, id, budget - got);
            if (s == null) {
                entries[0] += budget - got + 1;
                return null;
            }
            parts.add(s);
            got += s.length;
            entries[0] += s.length;
        }
        return union(parts, got);
    }

    /** The sorted union of subject lists (a subject may carry two values of one dimension). */
    private static long[] union(List<long[]> parts, long size) {
        long[] all = new long[(int) size];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[i] != all[n - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** Builds a row of each observation read that belongs to the version and meets every bound. */
    private static final class Visitor implements QuadIndex.SubjectVisitor {
        private final QuadIndex index;
        private final NodeId graph;
        private final NodeId dataSet;
        private final Map<NodeId, int[]> dimensionAt;
        private final NodeId measure;
        private final NodeId status;
        private final NodeId confidential;
        private final List<Set<NodeId>> bounds;
        private final long[] subjects;
        private final Map<NodeId, Node> decoded = new HashMap<>();
        private final int width;
        final List<CubeData.Row> rows = new ArrayList<>();
        int seen;
        long quads;
        private NodeId[] keys;
        private NodeId value;
        private boolean withheld;
        private boolean member;

        Visitor(
                QuadIndex index,
                NodeId graph,
                NodeId dataSet,
                List<Node> dims,
                Node measure,
                List<Set<NodeId>> bounds,
                long[] subjects) {
            this.index = index;
            this.graph = graph;
            this.dataSet = dataSet;
            this.width = dims.size();
            this.dimensionAt = CubeRows.dimensionPositions(index, dims);
            this.measure = measure == null ? null : index.id(measure);
            this.status = index.id(SDMX.obsStatus.asNode());
            this.confidential = index.id(CatalogView.CONFIDENTIAL);
            this.bounds = bounds;
            this.subjects = subjects;
        }

        @Override
        public void start() {
            keys = new NodeId[width];
            value = null;
            withheld = false;
            member = false;
        }

        @Override
        public void quad(NodeId predicate, NodeId object) {
            quads++;
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
            if (predicate.equals(dataSet) && object.equals(graph)) {
                member = true;
            }
        }

        @Override
        public void end() {
            long subject = subjects[seen++];
            if (!member) {
                return;
            }
            for (int i = 0; i < width; i++) {
                if (bounds.get(i) != null && (keys[i] == null || !bounds.get(i).contains(keys[i]))) {
                    return;
                }
            }
            List<Optional<Node>> values = new ArrayList<>(width);
            for (NodeId k : keys) {
                values.add(k == null ? Optional.empty() : Optional.of(decoded.computeIfAbsent(k, index::node)));
            }
            OptionalLong count = value == null || withheld
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(index.node(value).getLiteralLexicalForm()));
            rows.add(new CubeData.Row(index.nodeOnce(subject).getURI(), List.copyOf(values), count));
        }
    }
}
