package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.SmallCountOracle;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.ApiContract;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

/**
 * Cells are withheld only because of a count from 1 to k-1, so anyone who reads a table knows that each group of
 * withheld cells linked through its lines holds one (docs/disclosure.md, "A withheld group holds a small count"). A
 * table in which they are all 0 or k or more would have been published whole, so it cannot serve to show that a
 * withheld cell might be k or more. Published over real HTTP, read back as a harvesting peer reads it, and attacked by
 * an independent solver that sees only what is published.
 */
class WithheldGroupsTest {
    private static final int K = 10;

    private static final String DESCRIPTOR = """
            {"slug": "cases-by-gender-age", "publisher": "mrc-alliance", "title": "Cases by gender and age",
             "description": "Test.", "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "year", "role": "period", "granularity": "year"},
                         {"name": "gender", "role": "dimension", "codeList": "gender"},
                         {"name": "age", "role": "dimension", "codeList": "age-band"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;

    @TempDir
    Path dir;

    ServedNode served;
    String key;
    final HttpClient http = ApiContract.node()
            .client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @BeforeEach
    void start() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        RegistryNode node = TestNode.start(dir.resolve("node"));
        key = node.keys().create("mrc-alliance").secret();
        served = ServedNode.serve(node);
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    /** Katihar (201), 2024: gender (rows) by age band (columns), with the publisher's totals. */
    private static String table(long[][] counts) {
        String[] genders = {"female", "male", "other"};
        String[] ages = {"18-24", "25-34", "35-44"};
        StringBuilder csv = new StringBuilder("district,year,gender,age,cases\n");
        long[] columns = new long[3];
        long all = 0;
        for (int g = 0; g < 3; g++) {
            long row = 0;
            for (int a = 0; a < 3; a++) {
                csv.append("201,2024,")
                        .append(genders[g])
                        .append(',')
                        .append(ages[a])
                        .append(',')
                        .append(counts[g][a])
                        .append('\n');
                row += counts[g][a];
                columns[a] += counts[g][a];
            }
            csv.append("201,2024,")
                    .append(genders[g])
                    .append(",_T,")
                    .append(row)
                    .append('\n');
            all += row;
        }
        for (int a = 0; a < 3; a++) {
            csv.append("201,2024,_T,")
                    .append(ages[a])
                    .append(',')
                    .append(columns[a])
                    .append('\n');
        }
        return csv.append("201,2024,_T,_T,").append(all).append('\n').toString();
    }

    private void publish(String csv) throws Exception {
        HttpResponse<String> r = http.send(
                Multipart.publication(DESCRIPTOR, csv)
                        .post(served.request("/api/datasets").header("Authorization", "Bearer " + key))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
    }

    /** The table as anyone reads it from the node: every observation's key, its count or that it is withheld. */
    private Published read() throws Exception {
        HttpResponse<String> r = http.send(
                served.request("/api/datasets/mrc-alliance/cases-by-gender-age/graphs")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(dsg);
        List<Cell> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        BitSet withheld = new BitSet();
        dsg.find(Node.ANY, Node.ANY, QB.dataSet.asNode(), Node.ANY).forEachRemaining(q -> {
            Map<String, String> key = new TreeMap<>();
            Long[] value = {null};
            dsg.find(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (o.isLiteral()) {
                    value[0] = Long.parseLong(o.getLiteralLexicalForm());
                } else if (!p.equals(RDF.type.asNode())
                        && !p.equals(QB.dataSet.asNode())
                        && !p.getURI().endsWith("obsStatus")) {
                    String code = o.getURI().substring(o.getURI().lastIndexOf('/') + 1);
                    key.put(p.getURI(), code);
                }
            });
            if (value[0] == null) {
                withheld.set(cells.size());
            }
            cells.add(new Cell(List.copyOf(key.values()), value[0] == null ? 0 : value[0]));
            names.add(String.join(" ", key.values()));
        });
        return new Published(cells, withheld, names);
    }

    private record Published(List<Cell> cells, BitSet withheld, List<String> names) {}

    @Test
    void noWithheldCellIsShownToBeSmallByTheSmallCountItsGroupMustHold() throws Exception {
        // Women aged 18-24 and 25-34 are 5 and 5: both withheld, with men of the same ages. The women's other age band
        // (20) and total (30) are published, so the two withheld women's cells add up to 10, and either could be 10 as
        // far as line totals go (10 and 0). But in that table nothing would be small and nothing withheld: one of the
        // two is from 1 to 9, so the other is 10 minus it, also from 1 to 9.
        publish(table(new long[][] {{5, 5, 20}, {30, 25, 40}, {35, 45, 50}}));
        Published t = read();
        assertTrue(t.withheld().cardinality() >= 4, "the small counts and their complements are withheld");
        Map<Integer, Double> bounds = SmallCountOracle.upperBounds(t.cells(), t.withheld(), K);
        List<String> small = new ArrayList<>();
        bounds.entrySet().stream()
                .sorted(Comparator.comparing(e -> t.names().get(e.getKey())))
                .forEach(e -> {
                    if (Math.floor(e.getValue() + 1e-6) < K) {
                        small.add(t.names().get(e.getKey()) + " is at most "
                                + Math.round(Math.floor(e.getValue() + 1e-6)));
                    }
                });
        assertEquals(List.of(), small, "withheld cells shown to be from 1 to " + (K - 1));
    }
}
