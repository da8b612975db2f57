package org.pravasi.registry.testing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.DerivabilityProbe;
import org.pravasi.registry.node.RegistryNode;

/**
 * A dataset version as the public sees it: every observation's dimension values (URIs, in the structure's dimension
 * order) and its count, or none when it is withheld. Read from the store, so it is exactly what SPARQL serves.
 *
 * @param cells one per observation; a withheld cell has count 0
 * @param withheld which cells are marked confidential
 */
public record PublishedTable(List<Cell> cells, BitSet withheld) {

    /** Reads the observations of {@code versionUri}. */
    public static PublishedTable read(RegistryNode node, String versionUri) {
        return node.store().read(() -> {
            DatasetGraph dsg = node.store().dataset();
            Node version = org.apache.jena.graph.NodeFactory.createURI(versionUri);
            Node structure = dsg.find(version, version, QB.structure.asNode(), Node.ANY)
                    .next()
                    .getObject();
            List<Node[]> comps = new ArrayList<>();
            dsg.find(version, structure, QB.component.asNode(), Node.ANY).forEachRemaining(q -> {
                Node c = q.getObject();
                dsg.find(version, c, QB.dimension.asNode(), Node.ANY)
                        .forEachRemaining(d -> comps.add(new Node[] {
                            d.getObject(),
                            dsg.find(version, c, QB.order.asNode(), Node.ANY)
                                    .next()
                                    .getObject()
                        }));
            });
            comps.sort(Comparator.comparingInt(a -> Integer.parseInt(a[1].getLiteralLexicalForm())));
            Node measure = dsg.find(version, Node.ANY, QB.measure.asNode(), Node.ANY)
                    .next()
                    .getObject();
            List<Cell> cells = new ArrayList<>();
            BitSet withheld = new BitSet();
            dsg.find(version, Node.ANY, QB.dataSet.asNode(), version).forEachRemaining(q -> {
                Node obs = q.getSubject();
                List<String> key = new ArrayList<>();
                for (Node[] c : comps) {
                    String uri = dsg.find(version, obs, c[0], Node.ANY)
                            .next()
                            .getObject()
                            .getURI();
                    key.add(uri.startsWith(PravasiUris.CODE_BASE) && uri.endsWith("/_T") ? Cell.TOTAL : uri);
                }
                var value = dsg.find(version, obs, measure, Node.ANY);
                if (value.hasNext()) {
                    cells.add(new Cell(
                            key, Long.parseLong(value.next().getObject().getLiteralLexicalForm())));
                } else {
                    withheld.set(cells.size());
                    cells.add(new Cell(key, 0));
                }
            });
            return new PublishedTable(List.copyOf(cells), withheld);
        });
    }

    /** Whether two observations share every dimension value. */
    public boolean hasRepeatedKeys() {
        return cells.stream().map(Cell::key).distinct().count() != cells.size();
    }

    /** The withheld cells an attacker can work out from what is published (none, if disclosure control held). */
    public BitSet derivable() {
        return DerivabilityProbe.derivable(cells, withheld);
    }
}
