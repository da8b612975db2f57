package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.testing.TestNode;

/** The map's cubes, read through the catalogue's read model, are those the map's former SPARQL query found. */
class MapSourceTest {
    /** The map's former query for current versions: the oracle. */
    private static final String ORACLE = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX pv: <https://w3id.org/pravasi/def#>
            SELECT ?ds ?version ?org ?measure ?illustrative WHERE {
              ?ds dcat:hasCurrentVersion ?version .
              FILTER NOT EXISTS { ?ds pv:withdrawn true }
              ?version qb:structure/qb:component/qb:measure ?measure .
              OPTIONAL { ?ds dct:publisher ?org }
              OPTIONAL { ?ds pv:illustrative ?illustrative }
            }""";

    @TempDir
    Path dir;

    RegistryNode node;
    MapSource source;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
        source = MapSource.over(node.store(), 60_000);
        for (String slug : List.of("case-resolution-by-district-year", "violations-by-district-quarter")) {
            PublishOutcome o = TestNode.publishDemo(node, "mrc-alliance", slug);
            assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), () -> slug + ": " + o.findings());
        }
        assertTrue(node.publisher()
                .withdraw("mrc-alliance", "case-resolution-by-district-year", "Counted twice.")
                .withdrawn());
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void findsTheCurrentCubesTheFormerQueryFound() {
        Set<MapSource.CubeHead> expected = node.store().read(() -> {
            Set<MapSource.CubeHead> out = new HashSet<>();
            try (QueryExecution qe = QueryExecution.create()
                    .query(ORACLE)
                    .dataset(DatasetFactory.wrap(node.store().dataset()))
                    .build()) {
                qe.execSelect()
                        .forEachRemaining(r -> out.add(new MapSource.CubeHead(
                                uri(r, "ds"),
                                uri(r, "version"),
                                uri(r, "org"),
                                uri(r, "measure"),
                                r.contains("illustrative")
                                        && r.getLiteral("illustrative").getBoolean())));
            }
            return out;
        });
        assertFalse(expected.isEmpty(), "one dataset stays current");
        assertEquals(expected, new HashSet<>(source.heads()));
    }

    @Test
    void findsOneCubeByItsDatasetOrItsVersionAndNoneOnceWithdrawn() {
        MapSource.CubeHead head = source.heads().getFirst();
        assertEquals(List.of(head), source.heads(head.dataset()));
        assertEquals(List.of(head), source.heads(head.version()));
        String withdrawn = head.dataset().replace("violations-by-district-quarter", "case-resolution-by-district-year");
        assertEquals(List.of(), source.heads(withdrawn));
    }

    private static String uri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.asResource().getURI();
    }
}
