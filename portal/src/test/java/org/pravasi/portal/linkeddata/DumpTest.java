package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.QB;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("The bulk dump /dump.nq.gz")
class DumpTest {

    @Test
    @DisplayName("is gzipped N-Quads with every demo dataset's version graph, record graph and the reference graphs")
    void dumpHasEveryGraph() throws Exception {
        DemoPortal portal = DemoPortal.shared();
        HttpResponse<InputStream> r = portal.send(
                HttpRequest.newBuilder(portal.uri("/dump.nq.gz")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(r.body())) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        assertTrue(dump.getDefaultGraph().isEmpty(), "every quad is in a named graph");
        Set<String> versionGraphs = new TreeSet<>();
        dump.find(Node.ANY, Node.ANY, RDF.type.asNode(), QB.DataSet.asNode()).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                versionGraphs.add(q.getGraph().getURI());
            }
        });
        assertEquals(11, versionGraphs.size(), versionGraphs.toString());
        for (String v : versionGraphs) {
            Node record = NodeFactory.createURI(v.substring(0, v.lastIndexOf('/')));
            assertTrue(dump.containsGraph(record), "record graph of " + v);
            assertTrue(
                    dump.find(NodeFactory.createURI(v), Node.ANY, QB.dataSet.asNode(), NodeFactory.createURI(v))
                            .hasNext(),
                    "observations in " + v);
        }
        for (String g : new String[] {"vocabulary", "codes"}) {
            assertTrue(dump.containsGraph(NodeFactory.createURI("https://w3id.org/pravasi/graph/" + g)), g);
        }
        assertTrue(dump.containsGraph(NodeFactory.createURI("https://w3id.org/pravasi/graph/catalog")));
    }
}
