package org.pravasi.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.LinkedTables;
import org.pravasi.registry.publish.KeyedTable;
import org.pravasi.registry.publish.StoredTables;
import org.pravasi.registry.publish.TablesReadTogether;

/**
 * The check of tables read together for one more table beside the tables a stopped peer store of {@link HarvestCost}
 * holds (issue 23, point 5): {@code SameMeasureCost TDB2-DIR cached|uncached ROUNDS} prints per round the check's time
 * and the time of finding the organisation's tables of the measure alone. {@code uncached} reads every table from the
 * store each time ({@code new StoredTables(0, 0)}).
 */
public final class SameMeasureCost {
    private static final String BASE = HarvestCost.BASE + "id/";

    private SameMeasureCost() {}

    /** Runs the rounds. */
    public static void main(String[] args) {
        Dataset store = TDB2Factory.connectDataset(args[0]);
        StoredTables stored = args[1].equals("uncached") ? new StoredTables(0, 0) : new StoredTables();
        int rounds = Integer.parseInt(args[2]);
        DatasetGraph dsg = store.asDatasetGraph();
        Node org = NodeFactory.createURI(BASE + "org/" + HarvestCost.ORG);
        dsg.begin(ReadWrite.READ);
        try {
            KeyedTable fresh =
                    fresh(dsg, NodeFactory.createURI(BASE + "dataset/" + HarvestCost.ORG + "/generated-1/v1"));
            System.out.printf(
                    "tables of the org: %d; the new table: %d cells%n",
                    Iter.count(dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), org)),
                    fresh.keys().size());
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                int found = TablesReadTogether.check(dsg, stored, org, fresh, 5, LinkedTables.WORK)
                        .size();
                long t1 = System.nanoTime();
                int tables = 0;
                for (var it = dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), org); it.hasNext(); ) {
                    Node ds = it.next().getSubject();
                    var current = dsg.find(ds, ds, DCAT3.hasCurrentVersion.asNode(), Node.ANY);
                    if (current.hasNext()
                            && dsg.contains(
                                    current.next().getObject(), Node.ANY, QB.measure.asNode(), fresh.measure())) {
                        tables++;
                    }
                }
                long t2 = System.nanoTime();
                System.out.printf(
                        "SAMEMEASURE round=%d check_ms=%.1f exposures=%d find_tables_ms=%.1f tables=%d %s%n",
                        r, (t1 - t0) / 1e6, found, (t2 - t1) / 1e6, tables, stored.figures());
            }
        } finally {
            dsg.end();
        }
    }

    /** The table of {@code version} as a new upload of the same measure would be keyed (dataset "fresh"). */
    private static KeyedTable fresh(DatasetGraph dsg, Node version) {
        Node measure = dsg.find(version, Node.ANY, QB.measure.asNode(), Node.ANY)
                .next()
                .getObject();
        List<Node> dims = new ArrayList<>();
        dsg.find(version, Node.ANY, QB.dimension.asNode(), Node.ANY).forEachRemaining(q -> dims.add(q.getObject()));
        List<List<String>> keys = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        dsg.find(version, Node.ANY, QB.dataSet.asNode(), version).forEachRemaining(q -> {
            List<String> key = new ArrayList<>();
            for (Node d : dims) {
                var v = dsg.find(version, q.getSubject(), d, Node.ANY);
                key.add(v.hasNext() ? v.next().getObject().toString() : "_T");
            }
            var c = dsg.find(version, q.getSubject(), measure, Node.ANY);
            values.add(c.hasNext() ? Long.parseLong(c.next().getObject().getLiteralLexicalForm()) : 0);
            keys.add(key);
        });
        return new KeyedTable(
                NodeFactory.createURI(BASE + "dataset/" + HarvestCost.ORG + "/fresh"),
                measure,
                dims,
                keys,
                values.stream().mapToLong(Long::longValue).toArray(),
                new BitSet(),
                new long[keys.size()]);
    }
}
