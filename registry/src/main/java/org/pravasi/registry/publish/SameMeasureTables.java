package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.disclosure.Cell;

/**
 * An organisation's other published tables of one measure, read back from the store as disclosure control sees them:
 * the current version of each of its datasets, with withheld cells marked and total concepts ({@code …/_T}) read as
 * {@link Cell#TOTAL}.
 */
final class SameMeasureTables {
    private static final String TOTAL_SUFFIX = "/" + Cell.TOTAL;

    private SameMeasureTables() {}

    /** The current tables of {@code org} that count {@code measure}, except {@code except}; call in a transaction. */
    static List<KeyedTable> read(DatasetGraph dsg, Node org, Node except, Node measure) {
        List<KeyedTable> out = new ArrayList<>();
        Iterator<Quad> published = dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), org);
        List<Node> datasets = new ArrayList<>();
        published.forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && !q.getSubject().equals(except)) {
                datasets.add(q.getSubject());
            }
        });
        for (Node ds : datasets) {
            VersionHistory.current(dsg, ds)
                    .filter(version -> dsg.contains(version, Node.ANY, QB.measure.asNode(), measure))
                    .ifPresent(version -> out.add(table(dsg, ds, version, measure)));
        }
        return out;
    }

    /**
     * The current version of {@code dataset} as a table of its own measure, if it has one with observations (not after
     * a withdrawal); call in a transaction.
     */
    static java.util.Optional<KeyedTable> current(DatasetGraph dsg, Node dataset) {
        return VersionHistory.current(dsg, dataset).flatMap(version -> {
            Iterator<Quad> measures = dsg.find(version, Node.ANY, QB.measure.asNode(), Node.ANY);
            return measures.hasNext()
                    ? java.util.Optional.of(
                            table(dsg, dataset, version, measures.next().getObject()))
                    : java.util.Optional.empty();
        });
    }

    private static KeyedTable table(DatasetGraph dsg, Node ds, Node version, Node measure) {
        TreeMap<Integer, Node> ordered = new TreeMap<>();
        dsg.find(version, Node.ANY, QB.dimension.asNode(), Node.ANY).forEachRemaining(q -> {
            Iterator<Quad> order = dsg.find(version, q.getSubject(), QB.order.asNode(), Node.ANY);
            int at = order.hasNext() ? Integer.parseInt(order.next().getObject().getLiteralLexicalForm()) : 0;
            ordered.put(ordered.containsKey(at) ? ordered.lastKey() + 1 : at, q.getObject());
        });
        List<Node> dims = List.copyOf(ordered.values());
        List<List<String>> keys = new ArrayList<>();
        // A table has few distinct values and many cells: one string per value.
        Map<Node, String> names = new HashMap<>();
        List<Long> values = new ArrayList<>();
        BitSet withheld = new BitSet();
        dsg.find(version, Node.ANY, QB.dataSet.asNode(), version).forEachRemaining(q -> {
            Node obs = q.getSubject();
            List<String> key = new ArrayList<>(dims.size());
            for (Node d : dims) {
                Iterator<Quad> v = dsg.find(version, obs, d, Node.ANY);
                key.add(
                        v.hasNext()
                                ? names.computeIfAbsent(v.next().getObject(), SameMeasureTables::name)
                                : Cell.TOTAL);
            }
            Iterator<Quad> count = dsg.find(version, obs, measure, Node.ANY);
            long value = count.hasNext() ? count(count.next().getObject()) : -1;
            if (value < 0 || dsg.contains(version, obs, SDMX.obsStatus.asNode(), Node.ANY)) {
                withheld.set(keys.size());
            }
            values.add(Math.max(value, 0));
            keys.add(key);
        });
        return new KeyedTable(
                ds,
                measure,
                dims,
                keys,
                values.stream().mapToLong(Long::longValue).toArray(),
                withheld,
                new long[keys.size()]);
    }

    private static String name(Node value) {
        String s = value.toString();
        return s.endsWith(TOTAL_SUFFIX) ? Cell.TOTAL : s;
    }

    /** A stored count, or -1 if it is no whole number of at least 0 (then it is treated as withheld). */
    private static long count(Node literal) {
        try {
            long v = Long.parseLong(literal.getLiteralLexicalForm().strip());
            return v >= 0 ? v : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
