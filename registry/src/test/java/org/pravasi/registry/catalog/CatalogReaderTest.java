package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.testing.TestNode;

/** The change feed, read through the typed read model, answers what the SPARQL query it replaced answered. */
class CatalogReaderTest {
    /** The feed's former query: the oracle. */
    private static final String ORACLE = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX pv: <https://w3id.org/pravasi/def#>
            SELECT ?ds ?id ?title ?publisher ?modified ?version ?current ?withdrawn WHERE {
              GRAPH ?ds {
                ?ds a dcat:Dataset ; dct:identifier ?id ; dct:publisher ?publisher ; dct:modified ?modified ;
                    pv:withdrawn ?withdrawn .
                OPTIONAL { ?ds dct:title ?title FILTER(langMatches(lang(?title), "en")) }
                OPTIONAL { ?ds dcat:hasCurrentVersion ?current . ?current dcat:version ?version }
              }
              FILTER(?modified > ?since)
            } ORDER BY ?modified ?ds
            """;

    @TempDir
    Path dir;

    RegistryNode node;
    CatalogReader reader;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
        reader = new CatalogReader(node.store());
        for (String slug : List.of(
                "case-resolution-by-district-year", "violations-by-district-quarter", "violations-by-sector-gender")) {
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
    void theWholeFeedMatchesTheFormerQuery() {
        List<DatasetEntry> feed = reader.changedSince(Optional.empty());
        assertEquals(3, feed.size());
        assertEquals(oracle(Instant.EPOCH), feed);
    }

    @Test
    void aWithdrawnDatasetIsListedWithoutAVersion() {
        DatasetEntry gone = reader.changedSince(Optional.empty()).stream()
                .filter(DatasetEntry::withdrawn)
                .findFirst()
                .orElseThrow();
        assertEquals("mrc-alliance/case-resolution-by-district-year", gone.identifier());
        assertEquals("", gone.version());
        assertEquals("", gone.versionUri());
    }

    @Test
    void onlyChangesAfterTheInstantAreListed() {
        List<DatasetEntry> all = reader.changedSince(Optional.empty());
        Instant second = Instant.parse(all.get(1).modified());
        List<DatasetEntry> later = reader.changedSince(Optional.of(second));
        assertEquals(oracle(second), later);
        assertTrue(later.stream().allMatch(e -> Instant.parse(e.modified()).isAfter(second)));
    }

    private List<DatasetEntry> oracle(Instant since) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(ORACLE);
        q.setLiteral("since", since.toString(), XSDDatatype.XSDdateTime);
        return node.store().read(() -> {
            List<DatasetEntry> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create()
                    .query(q.asQuery())
                    .dataset(DatasetFactory.wrap(node.store().dataset()))
                    .build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new DatasetEntry(
                            s.getResource("ds").getURI(),
                            text(s, "id"),
                            text(s, "title"),
                            s.getResource("publisher").getURI(),
                            text(s, "modified"),
                            text(s, "version"),
                            s.contains("current") ? s.getResource("current").getURI() : "",
                            s.getLiteral("withdrawn").getBoolean()));
                }
            }
            return out;
        });
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
