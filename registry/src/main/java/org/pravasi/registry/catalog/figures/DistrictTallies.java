package org.pravasi.registry.catalog.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.store.QuadIndex;

/**
 * Counts, per district, the observations of a selection, how many carry a value and how many are withheld
 * (confidential), and sums the values. It reads the version graph's indexes directly ({@link QuadIndex}): the
 * observations of the period (one index range), then their own quads (one pass where they are dense), so the cost
 * follows the observations in one period, not the size of the dataset. {@link Figure#of} turns each tally into what may
 * be shown.
 */
public final class DistrictTallies {
    /** The obs-status concept of a withheld (suppressed) cell. */
    public static final String CONFIDENTIAL = PravasiUris.concept("obs-status", "confidential");
    /** The start of every district URI; a tally is keyed by what follows it, the LGD code. */
    public static final String DISTRICT_BASE = PravasiUris.BASE + "id/district/";
    /** How many observations are read between two looks at the clock. */
    private static final int CLOCK_EVERY = 1024;

    private final long timeoutMs;

    /** A reader that gives up (with {@link QueryCancelledException}) after {@code timeoutMs} milliseconds. */
    public DistrictTallies(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    /**
     * Which observations of a version go into each district's figure.
     *
     * @param version the version, whose graph holds the observations
     * @param area the area dimension property whose values are districts
     * @param measure the measure property
     * @param period the period concept
     * @param filters the dimensions that are filtered; a dimension not listed is summed over all its values
     */
    public record Query(String version, String area, String measure, String period, List<Filter> filters) {
        /** Checks the URIs and copies the list. */
        public Query {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(period, "period");
            filters = List.copyOf(filters);
        }
    }

    /**
     * A filtered dimension.
     *
     * @param dimension the dimension property
     * @param codes the values that pass; none means no observation passes
     */
    public record Filter(String dimension, Set<String> codes) {
        /** Copies the set. */
        public Filter {
            Objects.requireNonNull(dimension, "dimension");
            codes = Set.copyOf(codes);
        }
    }

    /** What the store holds per district LGD code under {@code q}; call inside a read transaction. */
    public Map<String, Tally> read(DatasetGraph dsg, Query q) {
        QuadIndex index = QuadIndex.of(dsg);
        NodeId graph = index.id(uri(q.version()));
        NodeId refPeriod = index.id(SDMX.refPeriod.asNode());
        NodeId period = index.id(uri(q.period()));
        List<IdFilter> filters = new ArrayList<>();
        for (Filter f : q.filters()) {
            Set<NodeId> codes = new HashSet<>();
            f.codes().forEach(code -> add(codes, index.id(uri(code))));
            filters.add(new IdFilter(index.id(uri(f.dimension())), codes));
        }
        if (graph == null
                || refPeriod == null
                || period == null
                || filters.stream()
                        .anyMatch(f -> f.dimension() == null || f.codes().isEmpty())) {
            return Map.of();
        }
        Reader reader = new Reader(
                index,
                graph,
                index.id(QB.dataSet.asNode()),
                index.id(uri(q.area())),
                index.id(uri(q.measure())),
                index.id(SDMX.obsStatus.asNode()),
                index.id(uri(CONFIDENTIAL)),
                filters,
                System.nanoTime() + timeoutMs * 1_000_000L);
        index.quadsOf(graph, index.subjects(graph, refPeriod, period), reader);
        Map<String, Tally> out = new HashMap<>();
        reader.totals.forEach((area, t) -> {
            Node district = index.node(area);
            if (district.isURI() && district.getURI().startsWith(DISTRICT_BASE)) {
                out.put(district.getURI().substring(DISTRICT_BASE.length()), Tally.of(t[0], t[1], t[2], t[3]));
            }
        });
        return out;
    }

    private static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static void add(Set<NodeId> set, NodeId id) {
        if (id != null) {
            set.add(id);
        }
    }

    /** A filtered dimension and the ids of the codes that pass. */
    private record IdFilter(NodeId dimension, Set<NodeId> codes) {}

    /** Reads one observation at a time and adds it to its district's totals. */
    private static final class Reader implements QuadIndex.SubjectVisitor {
        private final QuadIndex index;
        private final NodeId graph;
        private final NodeId dataSet;
        private final NodeId area;
        private final NodeId measure;
        private final NodeId status;
        private final NodeId confidential;
        private final List<IdFilter> filters;
        private final long deadline;
        /** Per area id: observations, values, confidential, sum. */
        final Map<NodeId, long[]> totals = new HashMap<>();

        private final boolean[] passed;
        private final Map<NodeId, OptionalLong> numbers = new HashMap<>();
        private final List<NodeId> areas = new ArrayList<>(1);
        private long read;
        private boolean member;
        private boolean hasValue;
        private long value;
        private boolean isConfidential;

        Reader(
                QuadIndex index,
                NodeId graph,
                NodeId dataSet,
                NodeId area,
                NodeId measure,
                NodeId status,
                NodeId confidential,
                List<IdFilter> filters,
                long deadline) {
            this.index = index;
            this.graph = graph;
            this.dataSet = dataSet;
            this.area = area;
            this.measure = measure;
            this.status = status;
            this.confidential = confidential;
            this.filters = filters;
            this.deadline = deadline;
            this.passed = new boolean[filters.size()];
        }

        @Override
        public void start() {
            if (++read % CLOCK_EVERY == 0 && System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            Arrays.fill(passed, false);
            areas.clear();
            member = false;
            hasValue = false;
            value = 0;
            isConfidential = false;
        }

        @Override
        public void end() {
            for (boolean p : passed) {
                if (!p) {
                    return;
                }
            }
            if (!member) {
                return;
            }
            for (NodeId a : areas) {
                long[] t = totals.computeIfAbsent(a, k -> new long[4]);
                t[0]++;
                if (hasValue) {
                    t[1]++;
                    t[3] += value;
                }
                if (isConfidential) {
                    t[2]++;
                }
            }
        }

        @Override
        public void quad(NodeId p, NodeId o) {
            if (p.equals(dataSet)) {
                member |= o.equals(graph);
            } else if (p.equals(area)) {
                areas.add(o);
            } else if (p.equals(measure)) {
                readValue(o);
            } else if (p.equals(status)) {
                isConfidential |= o.equals(confidential);
            }
            for (int i = 0; i < passed.length; i++) {
                IdFilter f = filters.get(i);
                if (p.equals(f.dimension()) && f.codes().contains(o)) {
                    passed[i] = true;
                }
            }
        }

        /** A value counts only if it is a whole number; anything else leaves the district incomplete (suppressed). */
        private void readValue(NodeId o) {
            OptionalLong v = numbers.computeIfAbsent(o, this::wholeNumber);
            if (v.isPresent()) {
                hasValue = true;
                value += v.getAsLong();
            }
        }

        /** The whole number a value node holds, if it holds one; counts repeat, so each is decoded once. */
        private OptionalLong wholeNumber(NodeId o) {
            Node n = index.node(o);
            return n.isLiteral()
                            && n.getLiteralValue() instanceof Number number
                            && number.doubleValue() == Math.rint(number.doubleValue())
                    ? OptionalLong.of(number.longValue())
                    : OptionalLong.empty();
        }
    }
}
