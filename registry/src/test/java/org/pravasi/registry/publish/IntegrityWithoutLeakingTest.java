package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PV;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.TestNode;

/**
 * What a version publishes about its source proves integrity without letting anyone test a guess of a withheld cell:
 * nothing published is a function of the raw upload beyond the published table itself.
 */
class IntegrityWithoutLeakingTest {
    private static final String DESCRIPTOR = LegalAidCases.DESCRIPTOR;
    private static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid";

    @TempDir
    Path one;

    @TempDir
    Path two;

    private static String table(int a, int b) {
        return "district,quarter,service,cases\n201,2024-Q1,legal-aid," + a
                + "\n201,2024-Q2,legal-aid,40\n201,2024-Q3,legal-aid," + b + "\n201,2024-Q4,legal-aid,55\n";
    }

    private static PublishOutcome publish(RegistryNode node, String csv) {
        return node.publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "d.json",
                        DESCRIPTOR.getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        false));
    }

    /** Every quad of the dataset's record and version graphs, with times and the activity's random id blanked. */
    private static Set<String> published(RegistryNode node, String version) {
        Set<String> out = new TreeSet<>();
        node.store().read(() -> {
            for (String g : List.of(DATASET, version)) {
                node.store()
                        .dataset()
                        .find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> out.add(normalise(q)));
            }
            return null;
        });
        return out;
    }

    private static String normalise(Quad q) {
        return (term(q.getSubject()) + " " + term(q.getPredicate()) + " " + term(q.getObject()));
    }

    private static String term(Node n) {
        if (n.isLiteral() && n.getLiteralDatatypeURI().endsWith("#dateTime")) {
            return "TIME";
        }
        return n.isURI() && n.getURI().contains("/id/activity/") ? "ACTIVITY" : n.toString();
    }

    @Test
    void nothingPublishedDependsOnTheValueOfAWithheldCell() {
        try (RegistryNode a = TestNode.start(one);
                RegistryNode b = TestNode.start(two)) {
            PublishOutcome withThree = publish(a, table(3, 8));
            PublishOutcome withFour = publish(b, table(4, 8));
            assertEquals(PublishOutcome.Status.PUBLISHED, withThree.status(), withThree.findings()::toString);
            assertEquals(withThree.suppressedPrimary(), withFour.suppressedPrimary());
            assertEquals(
                    published(a, withThree.version()),
                    published(b, withFour.version()),
                    "the record and the version must be the same whatever the withheld counts were");
        }
    }

    @Test
    void nothingPublishedDependsOnTheOrderOfTheUploadsRows() {
        // A sheet sorted by count, largest first: numbered in the upload's order, the withheld cells' observation
        // numbers would sit between published counts and bracket them (an outside review: Katihar male between 42
        // and 40, so Katihar female between 2 and 4 from its published total).
        String inKeyOrder = table(3, 8);
        List<String> lines = List.of(inKeyOrder.split("\n"));
        String byCount = lines.getFirst() + "\n"
                + lines.subList(1, lines.size()).stream()
                        .sorted(java.util.Comparator.comparingInt(
                                (String l) -> -Integer.parseInt(l.substring(l.lastIndexOf(',') + 1))))
                        .collect(java.util.stream.Collectors.joining("\n"))
                + "\n";
        try (RegistryNode a = TestNode.start(one);
                RegistryNode b = TestNode.start(two)) {
            PublishOutcome keyed = publish(a, inKeyOrder);
            PublishOutcome sorted = publish(b, byCount);
            assertEquals(PublishOutcome.Status.PUBLISHED, sorted.status(), sorted.findings()::toString);
            assertEquals(
                    published(a, keyed.version()),
                    published(b, sorted.version()),
                    "the record and the version must be the same whatever order the rows came in");
        }
    }

    @Test
    void hashingGuessedFilesRecoversNoWithheldCell() throws Exception {
        try (RegistryNode node = TestNode.start(one)) {
            PublishOutcome o = publish(node, table(3, 8));
            assertEquals(2, o.suppressedPrimary(), o.findings()::toString);
            List<String> everything = new ArrayList<>();
            node.store().read(() -> {
                node.store()
                        .dataset()
                        .find()
                        .forEachRemaining(q -> everything.add(q.toString().toLowerCase()));
                return null;
            });
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int tried = 0;
            for (int a = 0; a <= 9; a++) {
                for (int b = 0; b <= 9; b++) {
                    for (String eol : List.of("\n", "\r\n")) {
                        byte[] guess = table(a, b).replace("\n", eol).getBytes(StandardCharsets.UTF_8);
                        String hex = HexFormat.of().formatHex(sha.digest(guess));
                        tried++;
                        int fa = a;
                        int fb = b;
                        assertTrue(
                                everything.stream().noneMatch(s -> s.contains(hex)),
                                () -> "the hash of the guess (" + fa + ", " + fb
                                        + ") is published: the withheld cells are recovered");
                    }
                }
            }
            assertEquals(200, tried);
        }
    }

    @Test
    void theVersionCarriesTheHashOfItsPublishedTableAsAnyoneCanRecomputeIt() throws Exception {
        try (RegistryNode node = TestNode.start(one)) {
            PublishOutcome o = publish(node, table(3, 8));
            String stored = node.store()
                    .read(() -> node.store()
                            .dataset()
                            .find(
                                    NodeFactory.createURI(DATASET),
                                    NodeFactory.createURI(o.version()),
                                    PV.tableSha256.asNode(),
                                    Node.ANY)
                            .next()
                            .getObject()
                            .getLiteralLexicalForm());
            assertEquals(recipe(node, o.version()), stored);
        }
    }

    @Test
    void onlyTheCurrentVersionCarriesATableHashNotAReplacedOrWithdrawnOne() {
        try (RegistryNode node = TestNode.start(one)) {
            publish(node, table(3, 8));
            PublishOutcome second = publish(node, table(3, 9));
            // With v1's hash, anyone could rebuild v1 (no longer public) from v2's table by trying small changes.
            assertEquals(List.of(second.version()), hashedVersions(node));
            assertEquals(
                    WithdrawOutcome.Status.WITHDRAWN,
                    node.publisher()
                            .withdraw("mrc-alliance", "legal-aid", "Counted twice by mistake.")
                            .status());
            assertEquals(List.of(), hashedVersions(node), "a withdrawn version is no longer public, nor its hash");
        }
    }

    @Test
    void aNodeRemovesTheHashesOfVersionsNoLongerCurrentThatEarlierReleasesKept() {
        Node ds = NodeFactory.createURI(DATASET);
        try (RegistryNode node = TestNode.start(one)) {
            PublishOutcome o = publish(node, table(3, 8));
            node.store().write(() -> {
                node.store()
                        .dataset()
                        .add(
                                ds,
                                NodeFactory.createURI(DATASET + "/v0"),
                                PV.tableSha256.asNode(),
                                NodeFactory.createLiteralString("0".repeat(64)));
                return null;
            });
            assertEquals(2, hashedVersions(node).size());
        }
        try (RegistryNode node = TestNode.start(one)) {
            assertEquals(List.of(DATASET + "/v1"), hashedVersions(node));
        }
    }

    /** The versions whose table hash the store holds, in order. */
    private static List<String> hashedVersions(RegistryNode node) {
        return node.store().read(() -> {
            List<String> out = new ArrayList<>();
            node.store()
                    .dataset()
                    .find(Node.ANY, Node.ANY, PV.tableSha256.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI()));
            out.sort(null);
            return out;
        });
    }

    @Test
    void aNodeRemovesTheRawUploadHashesThatEarlierReleasesPublished() {
        Node ds = NodeFactory.createURI(DATASET);
        Node activity = NodeFactory.createURI("https://w3id.org/pravasi/id/activity/old");
        Node file =
                NodeFactory.createURI("urn:sha256:2f5c5f434eddc1cb2042e0ce68cafdf9c8cdda58a7e1387e4eac464e40316945");
        try (RegistryNode node = TestNode.start(one)) {
            publish(node, table(3, 8));
            node.store().write(() -> {
                node.store()
                        .dataset()
                        .add(ds, activity, PV.sourceSha256.asNode(), NodeFactory.createLiteralString("2f5c5f43"));
                node.store().dataset().add(ds, activity, NodeFactory.createURI("http://www.w3.org/ns/prov#used"), file);
                node.store()
                        .dataset()
                        .add(
                                ds,
                                file,
                                NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                NodeFactory.createURI("http://www.w3.org/ns/prov#Entity"));
                return null;
            });
        }
        try (RegistryNode node = TestNode.start(one)) {
            List<String> left = new ArrayList<>();
            node.store().read(() -> {
                node.store().dataset().find().forEachRemaining(q -> {
                    if (q.toString().contains("sha256:") || q.getPredicate().equals(PV.sourceSha256.asNode())) {
                        left.add(q.toString());
                    }
                });
                return null;
            });
            assertEquals(List.of(), left);
        }
    }

    /** The canonical form of docs/disclosure.md, computed with SPARQL as a downloader would. */
    private static String recipe(RegistryNode node, String version) throws Exception {
        String q = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT ?obs ?dim ?value ?count ?measure WHERE { GRAPH <V> {
                  <V> qb:structure/qb:component/qb:measure ?measure .
                  <V> qb:structure/qb:component/qb:dimension ?dim .
                  ?obs qb:dataSet <V> ; ?dim ?value . OPTIONAL { ?obs ?measure ?count } } }""".replace("V", version);
        java.util.Map<String, java.util.TreeMap<String, String>> rows = new java.util.HashMap<>();
        java.util.Map<String, String> counts = new java.util.HashMap<>();
        java.util.TreeSet<String> dims = new java.util.TreeSet<>();
        String[] measure = new String[1];
        node.store().read(() -> {
            try (var qe = org.apache.jena.query.QueryExecution.create(
                    q, org.apache.jena.query.DatasetFactory.wrap(node.store().dataset()))) {
                qe.execSelect().forEachRemaining(r -> {
                    String obs = r.getResource("obs").getURI();
                    dims.add(r.getResource("dim").getURI());
                    measure[0] = r.getResource("measure").getURI();
                    rows.computeIfAbsent(obs, k -> new java.util.TreeMap<>())
                            .put(
                                    r.getResource("dim").getURI(),
                                    r.getResource("value").getURI());
                    counts.put(obs, r.contains("count") ? r.getLiteral("count").getLexicalForm() : "confidential");
                });
            }
            return null;
        });
        List<String> lines = new ArrayList<>();
        rows.forEach((obs, values) -> lines.add(String.join("\t", values.values()) + "\t" + counts.get(obs) + "\n"));
        java.util.Collections.sort(lines);
        StringBuilder text = new StringBuilder("#" + String.join("\t", dims) + "\t" + measure[0] + "\n");
        lines.forEach(text::append);
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
