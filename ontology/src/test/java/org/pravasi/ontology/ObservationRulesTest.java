package org.pravasi.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The observation rules a caller may leave to its own checks of every observation: which shapes they are, and that
 * validating without them drops their results and nothing else.
 */
class ObservationRulesTest {
    private static final String SHAPES = "https://w3id.org/pravasi/shapes#";
    private final Ontology ontology = Ontology.load();

    @Test
    void theObservationRulesAreTheSparqlShapesOfADataSet() {
        assertEquals(
                Set.of(
                        "MissingDimension",
                        "RepeatedDimension",
                        "NoValueNorConfidential",
                        "ConfidentialWithValue",
                        "MeasureNotCount",
                        "DuplicateKey",
                        "CodeOutsideCodeList"),
                ontology.observationRules().stream()
                        .map(n -> n.getURI().substring(SHAPES.length()))
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "duplicate-key",
                "missing-dimension",
                "repeated-dimension",
                "code-from-wrong-scheme",
                "neither-value-nor-confidential",
                "confidential-with-value",
                "negative-count"
            })
    void withoutTheObservationRulesTheirResultsAloneGo(String broken) {
        Graph data = RDFDataMgr.loadGraph("shapes/cube/" + broken + "/data.ttl");

        List<String> all = results(ontology.validate(data));
        List<String> rest = results(ontology.validateWithoutObservationRules(data));

        assertTrue(all.stream().anyMatch(ObservationRulesTest::byARule), broken + " breaks a rule: " + all);
        assertEquals(all.stream().filter(r -> !byARule(r)).toList(), rest);
    }

    @Test
    void theOtherCubeShapesStillApply() {
        Graph data = RDFDataMgr.loadGraph("shapes/cube/observation-without-dataset/data.ttl");

        ValidationReport report = ontology.validateWithoutObservationRules(data);

        assertFalse(report.conforms(), "an observation without its data set is still refused");
        Node shape = NodeFactory.createURI(SHAPES + "ObservationDataSet");
        assertTrue(
                report.getEntries().stream().allMatch(e -> shape.equals(e.source())),
                results(report).toString());
        assertEquals(results(ontology.validate(data)), results(report));
    }

    /** Each result as "source shape / focus node / message", in a stable order. */
    private List<String> results(ValidationReport report) {
        return report.getEntries().stream()
                .map(ObservationRulesTest::describe)
                .sorted()
                .toList();
    }

    private static String describe(ReportEntry e) {
        return e.source() + " / " + e.focusNode() + " / " + e.message();
    }

    private static boolean byARule(String result) {
        return Ontology.load().observationRules().stream().anyMatch(r -> result.startsWith(r + " / "));
    }
}
