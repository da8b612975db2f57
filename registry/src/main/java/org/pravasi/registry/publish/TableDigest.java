package org.pravasi.registry.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.QB;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;

/**
 * The SHA-256 of a version's published table in a canonical form (docs/disclosure.md, "Integrity without leaking"): a
 * header line {@code #} + the dimension property URIs sorted + the measure URI, then one line per observation with its
 * dimension value URIs in that order and its count or {@code confidential}, tab-separated, lines sorted bytewise, each
 * ended by LF. It is a function of the published data only, so it proves integrity without letting anyone test guesses
 * of withheld counts, and it does not depend on row or column order.
 */
public final class TableDigest {
    /** What a withheld cell is written as. */
    public static final String CONFIDENTIAL = "confidential";

    private TableDigest() {}

    /** The digest of the table as the pipeline is about to publish it. */
    static String of(Table table, ResolvedKeys keys, BitSet suppressed) {
        int dims = keys.properties().size();
        Integer[] order = byUri(keys.properties());
        List<Map<String, Integer>> rank = new ArrayList<>();
        List<List<String>> uris = new ArrayList<>();
        for (int i = 0; i < dims; i++) {
            TreeSet<String> sorted = new TreeSet<>();
            keys.values().get(i).values().forEach(n -> sorted.add(n.getURI()));
            List<String> list = List.copyOf(sorted);
            Map<String, Integer> position = new HashMap<>();
            for (int p = 0; p < list.size(); p++) {
                position.put(list.get(p), p);
            }
            Map<String, Integer> r = new HashMap<>();
            keys.values().get(i).forEach((cell, node) -> r.put(cell, position.get(node.getURI())));
            rank.add(r);
            uris.add(list);
        }
        List<Row> rows = table.rows();
        int[][] ranks = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            int[] k = new int[dims];
            for (int j = 0; j < dims; j++) {
                k[j] = rank.get(order[j]).get(rows.get(r).key()[order[j]]);
            }
            ranks[r] = k;
        }
        Integer[] rowOrder = new Integer[rows.size()];
        Arrays.setAll(rowOrder, i -> i);
        Arrays.sort(rowOrder, (a, b) -> Arrays.compare(ranks[a], ranks[b]));
        MessageDigest sha = sha256();
        java.util.Map<String, Boolean> overlaps = new java.util.TreeMap<>();
        for (int i = 0; i < dims; i++) {
            int d = i;
            keys.columns()
                    .get(i)
                    .categoriesOverlap()
                    .ifPresent(b -> overlaps.put(keys.properties().get(d).getURI(), b));
        }
        sha.update(header(keys.properties(), CubeWriter.measure(table)));
        sha.update(overlaps(overlaps));
        StringBuilder line = new StringBuilder();
        for (int r : rowOrder) {
            line.setLength(0);
            for (int j = 0; j < dims; j++) {
                line.append(uris.get(order[j]).get(ranks[r][j])).append('\t');
            }
            line.append(
                            suppressed.get(r)
                                    ? CONFIDENTIAL
                                    : Long.toString(rows.get(r).value()))
                    .append('\n');
            sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of a version graph as published (for verifiers: recomputes what {@code pv:tableSha256} states). */
    public static String of(DatasetGraph dsg, Node version) {
        Node structure = dsg.find(version, version, QB.structure.asNode(), Node.ANY)
                .next()
                .getObject();
        List<Node> dims = new ArrayList<>();
        java.util.Map<String, Boolean> overlaps = new java.util.TreeMap<>();
        Node measure = null;
        for (var it = dsg.find(version, structure, QB.component.asNode(), Node.ANY); it.hasNext(); ) {
            Node c = it.next().getObject();
            var d = dsg.find(version, c, QB.dimension.asNode(), Node.ANY);
            if (d.hasNext()) {
                Node dim = d.next().getObject();
                dims.add(dim);
                var o = dsg.find(version, c, org.pravasi.ontology.PV.categoriesOverlap.asNode(), Node.ANY);
                if (o.hasNext()) {
                    overlaps.put(
                            dim.getURI(), "true".equals(o.next().getObject().getLiteralLexicalForm()));
                }
            }
            var m = dsg.find(version, c, QB.measure.asNode(), Node.ANY);
            if (m.hasNext()) {
                measure = m.next().getObject();
            }
        }
        dims.sort(Comparator.comparing(Node::getURI));
        List<String> lines = new ArrayList<>();
        for (var it = dsg.find(version, Node.ANY, QB.dataSet.asNode(), version); it.hasNext(); ) {
            Node obs = it.next().getSubject();
            StringBuilder line = new StringBuilder();
            for (Node d : dims) {
                line.append(dsg.find(version, obs, d, Node.ANY)
                                .next()
                                .getObject()
                                .getURI())
                        .append('\t');
            }
            var value = dsg.find(version, obs, measure, Node.ANY);
            line.append(value.hasNext() ? value.next().getObject().getLiteralLexicalForm() : CONFIDENTIAL)
                    .append('\n');
            lines.add(line.toString());
        }
        lines.sort(Comparator.naturalOrder());
        MessageDigest sha = sha256();
        sha.update(header(dims, measure));
        sha.update(overlaps(overlaps));
        lines.forEach(l -> sha.update(l.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] header(List<Node> dims, Node measure) {
        StringBuilder h = new StringBuilder("#");
        dims.stream().map(Node::getURI).sorted().forEach(u -> h.append(u).append('\t'));
        return h.append(measure.getURI()).append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A dimension's own statement that its categories overlap changes what the table means, so it is part of the
     * digest: a line {@code #categoriesOverlap} + each {@code URI=true|false}, sorted, after the header; nothing when
     * the publisher stated none (the form every earlier digest has).
     */
    private static byte[] overlaps(java.util.Map<String, Boolean> stated) {
        if (stated.isEmpty()) {
            return new byte[0];
        }
        StringBuilder h = new StringBuilder("#categoriesOverlap");
        stated.forEach((uri, b) -> h.append('\t').append(uri).append('=').append(b));
        return h.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Integer[] byUri(List<Node> properties) {
        Integer[] order = new Integer[properties.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> properties.get(i).getURI()));
        return order;
    }

    /** A new SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
