package org.pravasi.registry.publish;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;
import org.pravasi.registry.store.QuadLoader;

/**
 * Writes one dataset version as W3C Data Cube into its named graph: the {@code qb:DataSet}, its structure definition,
 * the periods it uses, and one {@code qb:Observation} per row. A suppressed cell gets {@code obsStatus} confidential
 * and no value.
 */
final class CubeWriter {
    private static final Node CONFIDENTIAL = NodeFactory.createURI(PravasiUris.concept("obs-status", "confidential"));

    private final DatasetGraph dsg;

    CubeWriter(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * Writes the version graph {@code version}; call inside a write transaction. Returns the triple count. The quads go
     * through a {@link QuadLoader} (the store's indexes written on two threads, in the same transaction); if anything
     * fails the loader has stopped before the exception leaves, and the caller's transaction aborts whole.
     */
    long write(Node version, Table table, ResolvedKeys keys, BitSet suppressed) {
        try (QuadLoader load = QuadLoader.start(dsg)) {
            long n = write(new Counter(version, load), version, table, keys, suppressed);
            load.finish();
            return n;
        }
    }

    private long write(Counter c, Node version, Table table, ResolvedKeys keys, BitSet suppressed) {
        Node structure = NodeFactory.createURI(version.getURI() + "/structure");
        c.add(version, RDF.type.asNode(), QB.DataSet.asNode());
        c.add(version, QB.structure.asNode(), structure);
        c.add(
                version,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang(table.descriptor().titleEn(), "en"));
        c.add(structure, RDF.type.asNode(), QB.DataStructureDefinition.asNode());
        Node measure = measure(table);
        List<Node> dims = keys.properties();
        for (int i = 0; i < dims.size(); i++) {
            Node comp = NodeFactory.createURI(structure.getURI() + "/dimension/" + (i + 1));
            c.add(structure, QB.component.asNode(), comp);
            c.add(comp, QB.dimension.asNode(), dims.get(i));
            c.add(
                    comp,
                    QB.order.asNode(),
                    NodeFactory.createLiteralDT(Integer.toString(i + 1), XSDDatatype.XSDinteger));
            Node component = comp;
            keys.columns()
                    .get(i)
                    .categoriesOverlap()
                    .ifPresent(b -> c.add(component, PV.categoriesOverlap.asNode(), overlap(b)));
        }
        Node mcomp = NodeFactory.createURI(structure.getURI() + "/measure");
        c.add(structure, QB.component.asNode(), mcomp);
        c.add(mcomp, QB.measure.asNode(), measure);
        Node acomp = NodeFactory.createURI(structure.getURI() + "/attribute");
        c.add(structure, QB.component.asNode(), acomp);
        c.add(acomp, QB.attribute.asNode(), SDMX.obsStatus.asNode());
        writePeriods(c, keys);
        String obsBase = version.getURI() + "/obs/";
        List<Row> rows = table.rows();
        Node qbDataSet = QB.dataSet.asNode();
        Node type = RDF.type.asNode();
        Node obsClass = QB.Observation.asNode();
        int[] order = keyOrder(rows, keys);
        for (int n = 0; n < order.length; n++) {
            int r = order[n];
            Row row = rows.get(r);
            Node obs = NodeFactory.createURI(obsBase + (n + 1));
            c.add(obs, type, obsClass);
            c.add(obs, qbDataSet, version);
            String[] key = row.key();
            for (int i = 0; i < key.length; i++) {
                c.add(obs, dims.get(i), keys.values().get(i).get(key[i]));
            }
            if (suppressed.get(r)) {
                c.add(obs, SDMX.obsStatus.asNode(), CONFIDENTIAL);
            } else {
                c.add(obs, measure, NodeFactory.createLiteralDT(Long.toString(row.value()), XSDDatatype.XSDinteger));
            }
        }
        return c.count;
    }

    /**
     * The rows' indexes in {@link KeyOrder}, read from the IRIs their keys resolve to: the order observations are
     * numbered in, and downloads and menus follow. Never the upload's order, which a sheet sorted by count would make a
     * public bracket around each withheld cell (docs/disclosure.md, "Row order").
     */
    static int[] keyOrder(List<Row> rows, ResolvedKeys keys) {
        List<List<String>> resolved = new java.util.ArrayList<>(rows.size());
        for (Row row : rows) {
            String[] key = row.key();
            List<String> iris = new java.util.ArrayList<>(key.length);
            for (int i = 0; i < key.length; i++) {
                iris.add(keys.values().get(i).get(key[i]).getURI());
            }
            resolved.add(iris);
        }
        return java.util.stream.IntStream.range(0, rows.size())
                .boxed()
                .sorted((x, y) -> KeyOrder.KEYS.compare(resolved.get(x), resolved.get(y)))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The literal of a dimension's own {@code pv:categoriesOverlap}. */
    static Node overlap(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static Node measure(Table table) {
        return NodeFactory.createURI(PV.NS + table.descriptor().measure().qualifier());
    }

    private void writePeriods(Counter c, ResolvedKeys keys) {
        Set<String> done = new HashSet<>();
        for (Period p : keys.periods().values()) {
            if (!done.add(p.uri())) {
                continue;
            }
            Node n = NodeFactory.createURI(p.uri());
            c.add(n, RDF.type.asNode(), PV.Period.asNode());
            c.add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(p.label()));
            c.add(
                    n,
                    PV.periodStart.asNode(),
                    NodeFactory.createLiteralDT(p.start().toString(), XSDDatatype.XSDdate));
            c.add(n, PV.periodEnd.asNode(), NodeFactory.createLiteralDT(p.end().toString(), XSDDatatype.XSDdate));
            c.add(
                    n,
                    PV.granularity.asNode(),
                    NodeFactory.createLiteralString(p.granularity().id()));
        }
    }

    private static final class Counter {
        private final Node graph;
        private final QuadLoader load;
        private long count;

        Counter(Node graph, QuadLoader load) {
            this.graph = graph;
            this.load = load;
        }

        void add(Node s, Node p, Node o) {
            load.add(graph, s, p, o);
            count++;
        }
    }
}
