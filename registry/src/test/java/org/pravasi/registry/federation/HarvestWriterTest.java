package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.registry.store.Store;

/**
 * How a withdrawal harvested from a peer is written: the portal's copy of the record stays, marked withdrawn, and of a
 * tombstone only what {@link Tombstone#allows} reaches the store, however the tombstone was built.
 */
class HarvestWriterTest {
    private static final String BASE = Nodes.BASE_A;
    private static final Peer PEER = new Peer("http://127.0.0.1:9/", BASE);
    private static final Node DS = uri(BASE + "id/dataset/mrc-alliance/legal-aid");
    private static final Node V1 = uri(DS.getURI() + "/v1");
    private static final Node ORG = uri(BASE + "id/org/mrc-alliance");
    private static final Node PUBLISHED_BY = uri(BASE + "id/activity/publish-1");
    private static final Node WITHDRAWAL = uri(BASE + "id/activity/withdraw-1");
    private static final Node REASON = NodeFactory.createLiteralString("Two quarters were counted twice.");
    private static final Node THREE = NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger);
    private static final Instant WITHDRAWN = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    Store store;
    HarvestWriter writer;

    @BeforeEach
    void start() {
        store = Store.open(dir);
        writer = new HarvestWriter(
                store,
                new org.pravasi.registry.publish.VersionArchive(
                        dir, new org.pravasi.registry.publish.InstanceUris("https://portal.example.org/")));
        // What the portal holds of the peer's dataset: the record and the version it harvested, both checked then.
        store.write(() -> {
            DatasetGraph dsg = store.dataset();
            dsg.add(DS, DS, RDF.type.asNode(), DCAT.Dataset.asNode());
            dsg.add(DS, DS, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Legal aid cases", "en"));
            dsg.add(DS, DS, DCTerms.publisher.asNode(), ORG);
            dsg.add(DS, DS, PV.sourceNode.asNode(), uri(PEER.url()));
            dsg.add(DS, DS, DCAT3.hasCurrentVersion.asNode(), V1);
            dsg.add(DS, DS, DCAT3.hasVersion.asNode(), V1);
            dsg.add(DS, DS, PV.withdrawn.asNode(), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
            dsg.add(DS, V1, PV.tableSha256.asNode(), NodeFactory.createLiteralString("a".repeat(64)));
            dsg.add(DS, V1, PROV.wasGeneratedBy.asNode(), PUBLISHED_BY);
            dsg.add(DS, PUBLISHED_BY, RDF.type.asNode(), PROV.Activity.asNode());
            dsg.add(
                    V1,
                    uri(V1.getURI() + "/obs/1"),
                    PV.cases.asNode(),
                    NodeFactory.createLiteralDT("40", XSDDatatype.XSDinteger));
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
    }

    @Test
    @DisplayName("of a tombstone, only the withdrawal reaches the store: no digest, count, label or other statement")
    void writesOnlyWhatTheAllowListAdmits() {
        Graph g = withdrawal();
        g.add(Triple.create(V1, PV.sourceSha256.asNode(), NodeFactory.createLiteralString("b".repeat(64))));
        g.add(Triple.create(uri(V1.getURI() + "/obs/7"), PV.cases.asNode(), THREE));
        g.add(Triple.create(uri(V1.getURI() + "/obs/7"), RDFS.label.asNode(), literal("Katihar female 2024-Q1")));
        g.add(Triple.create(uri(BASE + "def#trafficking"), RDFS.label.asNode(), literal("3")));
        g.add(Triple.create(DS, PV.cases.asNode(), THREE));
        g.add(Triple.create(DS, DCTerms.title.asNode(), literal("Katihar female 2024-Q1: 3")));
        g.add(Triple.create(WITHDRAWAL, RDFS.label.asNode(), literal("Katihar female 2024-Q1")));
        g.add(Triple.create(WITHDRAWAL, PROV.wasAssociatedWith.asNode(), uri(BASE + "id/org/someone-else")));
        g.add(Triple.create(WITHDRAWAL, PROV.endedAtTime.asNode(), literal("3")));

        assertTrue(writer.withdraw(PEER, DS.getURI(), Optional.of(new Tombstone(DS, BASE, g)), WITHDRAWN, WITHDRAWN));

        Graph record = record();
        withdrawal().find().forEachRemaining(t -> assertTrue(record.contains(t), t::toString));
        assertFalse(record.contains(Node.ANY, PV.sourceSha256.asNode(), Node.ANY), "no raw-upload hash");
        assertFalse(record.contains(Node.ANY, PV.cases.asNode(), Node.ANY), "no count");
        assertFalse(record.contains(Node.ANY, RDFS.label.asNode(), Node.ANY), "no label");
        assertFalse(record.contains(DS, DCTerms.title.asNode(), literal("Katihar female 2024-Q1: 3")), "no new title");
        assertFalse(record.contains(WITHDRAWAL, PROV.endedAtTime.asNode(), literal("3")), "no end that is not a time");
        assertFalse(record.contains(Node.ANY, Node.ANY, uri(BASE + "id/org/someone-else")), "no other agent");
        assertWithdrawnCopy(record);
    }

    @Test
    @DisplayName("without a tombstone the portal's copy of the record stays, marked withdrawn, with no table hash")
    void keepsThePortalsCopyMarkedWithdrawn() {
        assertTrue(writer.withdraw(PEER, DS.getURI(), Optional.empty(), WITHDRAWN, WITHDRAWN));

        Graph record = record();
        assertWithdrawnCopy(record);
        assertFalse(record.contains(Node.ANY, PROV.wasInvalidatedBy.asNode(), Node.ANY), "no withdrawal stated");
    }

    @Test
    @DisplayName("a tombstone of another dataset writes nothing into this one's record")
    void aTombstoneOfAnotherDatasetWritesNothing() {
        Node other = uri(BASE + "id/dataset/mrc-alliance/wage-claims");
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(other, PROV.wasInvalidatedBy.asNode(), WITHDRAWAL));
        g.add(Triple.create(WITHDRAWAL, DCTerms.description.asNode(), REASON));

        assertTrue(
                writer.withdraw(PEER, DS.getURI(), Optional.of(new Tombstone(other, BASE, g)), WITHDRAWN, WITHDRAWN));

        Graph record = record();
        assertFalse(record.contains(Node.ANY, DCTerms.description.asNode(), REASON));
        assertWithdrawnCopy(record);
    }

    @Test
    @DisplayName("a withdrawal said to be the activity that published the version adds nothing to that activity")
    void aWithdrawalCannotBeThePublishActivity() {
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(DS, PROV.wasInvalidatedBy.asNode(), PUBLISHED_BY));
        g.add(Triple.create(PUBLISHED_BY, DCTerms.description.asNode(), REASON));
        g.add(Triple.create(PUBLISHED_BY, PROV.endedAtTime.asNode(), time(WITHDRAWN)));

        assertTrue(writer.withdraw(PEER, DS.getURI(), Optional.of(new Tombstone(DS, BASE, g)), WITHDRAWN, WITHDRAWN));

        Graph record = record();
        assertFalse(record.contains(PUBLISHED_BY, DCTerms.description.asNode(), Node.ANY));
        assertFalse(record.contains(PUBLISHED_BY, PROV.endedAtTime.asNode(), Node.ANY));
        assertWithdrawnCopy(record);
    }

    @Test
    @DisplayName("a version the record does not list is not said to be invalidated")
    void aVersionTheRecordDoesNotListGetsNothing() {
        Node v9 = uri(DS.getURI() + "/v9");
        Graph g = withdrawal();
        g.add(Triple.create(v9, PROV.wasInvalidatedBy.asNode(), WITHDRAWAL));

        assertTrue(writer.withdraw(PEER, DS.getURI(), Optional.of(new Tombstone(DS, BASE, g)), WITHDRAWN, WITHDRAWN));

        assertFalse(record().contains(v9, Node.ANY, Node.ANY));
    }

    /** What a node states when it withdraws its dataset (publish.Catalog.markWithdrawn), less what the writer adds. */
    private static Graph withdrawal() {
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(DS, PROV.wasInvalidatedBy.asNode(), WITHDRAWAL));
        g.add(Triple.create(V1, PROV.wasInvalidatedBy.asNode(), WITHDRAWAL));
        g.add(Triple.create(WITHDRAWAL, RDF.type.asNode(), PROV.Activity.asNode()));
        g.add(Triple.create(WITHDRAWAL, PROV.wasAssociatedWith.asNode(), ORG));
        g.add(Triple.create(WITHDRAWAL, PROV.endedAtTime.asNode(), time(WITHDRAWN)));
        g.add(Triple.create(WITHDRAWAL, DCTerms.description.asNode(), REASON));
        return g;
    }

    private void assertWithdrawnCopy(Graph record) {
        assertTrue(record.contains(DS, PV.withdrawn.asNode(), HarvestWriter.TRUE), "withdrawn");
        assertEquals(
                1, record.find(DS, PV.withdrawn.asNode(), Node.ANY).toList().size(), "once");
        assertTrue(record.contains(DS, DCTerms.modified.asNode(), time(WITHDRAWN)), "when");
        assertTrue(record.contains(DS, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Legal aid cases", "en")));
        assertFalse(record.contains(DS, DCAT3.hasCurrentVersion.asNode(), Node.ANY), "no current version");
        assertFalse(record.contains(Node.ANY, PV.tableSha256.asNode(), Node.ANY), "no table hash");
        assertFalse(store.read(() -> store.dataset().containsGraph(V1)), "the observations go");
    }

    private Graph record() {
        return store.read(() -> {
            Graph copy = GraphFactory.createGraphMem();
            store.dataset().getGraph(DS).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Node time(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
