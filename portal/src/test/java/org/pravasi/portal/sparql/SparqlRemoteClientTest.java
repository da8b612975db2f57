package org.pravasi.portal.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.rowset.rw.RowSetReaderTSV;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.portal.testing.DemoPortal;

/**
 * Jena's own remote client ({@code QueryExecutionHTTP}, what a researcher's Jena program or {@code rsparql} uses) asks
 * {@code /sparql} every query form, in every format served, by GET, form POST and {@code application/sparql-query}
 * POST.
 */
@DisplayName("Jena's remote SPARQL client against /sparql")
class SparqlRemoteClientTest {
    static final List<QuerySendMode> MODES =
            List.of(QuerySendMode.asGetAlways, QuerySendMode.asPostForm, QuerySendMode.asPost);
    static final List<String> RESULT_TYPES = List.of(
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values");
    static final List<String> GRAPH_TYPES =
            List.of("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json");

    /** Accept headers naming only the other query form's types, as rdflib sends: Fuseki answers in its default. */
    static final List<String> CROSSED = List.of("application/sparql-results+json", "text/turtle");

    static Stream<Arguments> results() {
        return each(RESULT_TYPES);
    }

    /** Jena's client reads no boolean from TSV (the SPARQL TSV format defines none): ASK over TSV is tested apart. */
    static Stream<Arguments> booleans() {
        return each(RESULT_TYPES.stream().filter(t -> !t.startsWith("text/tab")).toList());
    }

    static Stream<Arguments> graphs() {
        return each(GRAPH_TYPES);
    }

    private static Stream<Arguments> each(List<String> types) {
        List<Arguments> all = new ArrayList<>();
        MODES.forEach(m -> types.forEach(t -> all.add(Arguments.of(m, t))));
        MODES.forEach(m -> CROSSED.forEach(t -> all.add(Arguments.of(m, t))));
        MODES.forEach(m -> all.add(Arguments.of(m, null)));
        return all.stream();
    }

    private static QueryExecution exec(String query, QuerySendMode mode, String accept) {
        var b = QueryExecutionHTTP.service(DemoPortal.shared().baseUrl() + "/sparql")
                .query(query)
                .sendMode(mode);
        return (accept == null ? b : b.acceptHeader(accept)).build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("results")
    void selectReadsEveryDataSet(QuerySendMode mode, String accept) {
        try (QueryExecution qe = exec(SparqlProtocolTest.SELECT, mode, accept)) {
            var rs = qe.execSelect().rewindable();
            assertEquals(List.of("d"), rs.getResultVars());
            assertTrue(rs.size() > 0, "the demo portal has data sets");
            var d = rs.next().get("d");
            // SPARQL CSV results carry no term kinds: a URI comes back as its text
            assertTrue(
                    "text/csv".equals(accept) ? d.asLiteral().getString().startsWith("https://") : d.isURIResource(),
                    String.valueOf(d));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("booleans")
    void askAnswersTrue(QuerySendMode mode, String accept) {
        try (QueryExecution qe = exec(SparqlProtocolTest.ASK, mode, accept)) {
            assertTrue(qe.execAsk());
        }
    }

    @Test
    @DisplayName("ASK in TSV reads as true with Jena's TSV boolean reader")
    void askInTsv() {
        var r = new SparqlClient(DemoPortal.shared()).get(SparqlProtocolTest.ASK, "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(
                RowSetReaderTSV.booleanFromTSV(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("graphs")
    void constructReadsTheCodeLabels(QuerySendMode mode, String accept) {
        try (QueryExecution qe = exec(SparqlProtocolTest.CONSTRUCT, mode, accept)) {
            Model m = qe.execConstruct();
            assertTrue(
                    m.contains(ResourceFactory.createResource(SparqlProtocolTest.WAGE_THEFT.getURI()), SKOS.prefLabel));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("graphs")
    void describeReadsTheCode(QuerySendMode mode, String accept) {
        try (QueryExecution qe = exec(SparqlProtocolTest.DESCRIBE, mode, accept)) {
            Model m = qe.execDescribe();
            assertTrue(m.contains(
                    ResourceFactory.createResource(SparqlProtocolTest.WAGE_THEFT.getURI()),
                    SKOS.notation,
                    "wage-theft"));
        }
    }
}
