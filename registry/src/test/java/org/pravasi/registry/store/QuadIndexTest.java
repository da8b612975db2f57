package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.NodeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Reading a TDB2 store's quad indexes by node id")
class QuadIndexTest {
    static final int SUBJECTS = 2_000;
    static final Node G = uri("g");
    static final Node OTHER = uri("other-graph");
    static final Node GROUP = uri("group");
    static final Node VALUE = uri("value");
    static final Node NOTE = uri("note");

    @TempDir
    static Path dir;

    static DatasetGraph dsg;

    static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    /** Subject i: group i % 7, value i, and a note for every third; the same subjects again in another graph. */
    @BeforeAll
    static void store() {
        dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < SUBJECTS; i++) {
                Node s = uri("s/" + i);
                dsg.add(G, s, GROUP, uri("group/" + i % 7));
                dsg.add(
                        G,
                        s,
                        VALUE,
                        NodeFactory.createLiteralDT(
                                Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
                if (i % 3 == 0) {
                    dsg.add(G, s, NOTE, NodeFactory.createLiteralString("note " + i));
                }
                dsg.add(OTHER, s, GROUP, uri("group/other"));
            }
        });
    }

    @AfterAll
    static void close() {
        dsg.close();
    }

    static <T> T read(java.util.function.Function<QuadIndex, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(QuadIndex.of(dsg)));
    }

    @Test
    @DisplayName("lists the distinct objects of a predicate in one graph only")
    void distinctObjects() {
        List<String> groups = read(ix -> ix.distinctObjects(ix.id(G), ix.id(GROUP)).stream()
                .map(id -> ix.node(id).getURI())
                .toList());
        assertEquals(
                IntStream.range(0, 7)
                        .mapToObj(i -> uri("group/" + i).getURI())
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(groups));
        assertEquals(7, groups.size(), "each value once");
    }

    @ParameterizedTest(
            name = "every quad of the subjects asked for, and no other, when every {0}th subject is asked for")
    @ValueSource(ints = {1, 2, 7, 50, 1000})
    void quadsOfSubjects(int every) {
        List<String> seen = read(ix -> {
            List<String> out = new ArrayList<>();
            long[] subjects = ix.subjects(ix.id(G), ix.id(GROUP), ix.id(uri("group/" + 0)));
            long[] asked = IntStream.range(0, subjects.length)
                    .filter(i -> i % Math.max(1, every / 7) == 0)
                    .mapToLong(i -> subjects[i])
                    .toArray();
            ix.quadsOf(ix.id(G), asked, visitor(ix, out));
            return out;
        });
        List<String> expected = new ArrayList<>();
        int step = Math.max(1, every / 7);
        int k = 0;
        TreeSet<String> want = new TreeSet<>();
        for (int i = 0; i < SUBJECTS; i += 7) {
            if (k++ % step == 0) {
                want.add(Integer.toString(i));
            }
        }
        want.forEach(i -> expected.add(expectedQuads(Integer.parseInt(i))));
        assertEquals(new TreeSet<>(expected), new TreeSet<>(seen));
        assertEquals(expected.size(), seen.size(), "each subject visited once");
    }

    @Test
    @DisplayName("visits randomly scattered subjects exactly, whatever the gaps between them")
    void scatteredSubjects() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int round = 0; round < 20; round++) {
            double p = random.nextDouble() * random.nextDouble();
            List<Integer> chosen = IntStream.range(0, SUBJECTS)
                    .filter(i -> random.nextDouble() < p)
                    .boxed()
                    .toList();
            List<String> seen = read(ix -> {
                long[] ids = chosen.stream()
                        .map(i -> ix.id(uri("s/" + i)))
                        .mapToLong(QuadIndexTest::raw)
                        .sorted()
                        .toArray();
                List<String> out = new ArrayList<>();
                ix.quadsOf(ix.id(G), ids, visitor(ix, out));
                return out;
            });
            assertEquals(
                    new TreeSet<>(
                            chosen.stream().map(QuadIndexTest::expectedQuads).toList()),
                    new TreeSet<>(seen),
                    "round " + round);
            assertEquals(chosen.size(), seen.size(), "round " + round);
        }
    }

    /** The id as {@link QuadIndex#subjects} gives it: its 8 bytes as an unsigned number (positive for stored nodes). */
    static long raw(NodeId id) {
        byte[] b = new byte[NodeId.SIZE];
        org.apache.jena.tdb2.store.NodeIdFactory.set(id, b, 0);
        return java.nio.ByteBuffer.wrap(b).getLong();
    }

    static String expectedQuads(int i) {
        TreeSet<String> quads =
                new TreeSet<>(List.of("group=" + uri("group/" + i % 7).getURI(), "value=" + i));
        if (i % 3 == 0) {
            quads.add("note=note " + i);
        }
        return String.join(";", quads);
    }

    /** Collects each subject's quads as one sorted line, checking start/end pair up. */
    static QuadIndex.SubjectVisitor visitor(QuadIndex ix, List<String> out) {
        return new QuadIndex.SubjectVisitor() {
            TreeSet<String> current;

            @Override
            public void start() {
                assertEquals(null, current, "start after end");
                current = new TreeSet<>();
            }

            @Override
            public void quad(NodeId predicate, NodeId object) {
                String p = ix.node(predicate).getURI();
                Node o = ix.node(object);
                current.add(p.substring(p.lastIndexOf('/') + 1) + "="
                        + (o.isURI() ? o.getURI() : o.getLiteralLexicalForm()));
            }

            @Override
            public void end() {
                out.add(String.join(";", current));
                current = null;
            }
        };
    }
}
