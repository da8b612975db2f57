package org.pravasi.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.path.P_Link;

/**
 * A shapes test case: {@code shapes/<name>/data.ttl} validated with {@link Ontology#validate}, and
 * {@code shapes/<name>/expected.ttl}, a validation report listing each expected result by the properties that identify
 * it (focus node, path, value, source shape, constraint, component).
 */
record ShapeCase(String name) {
    private static final List<Property> KEYS = List.of(
            SHACLM.focusNode,
            SHACLM.resultPath,
            SHACLM.value,
            SHACLM.sourceShape,
            SHACLM.sourceConstraint,
            SHACLM.sourceConstraintComponent);

    /** Validates the case's data and asserts that the report has exactly the expected results. */
    ValidationReport check() {
        Graph data = RDFDataMgr.loadGraph("shapes/" + name + "/data.ttl");
        Model expected = RDFDataMgr.loadModel("shapes/" + name + "/expected.ttl");
        ValidationReport report = Ontology.load().validate(data);
        List<ReportEntry> unmatched = new ArrayList<>(report.getEntries());
        expected.listResourcesWithProperty(SHACLM.focusNode).forEach(result -> {
            Map<Property, Node> wanted = keys(result);
            ReportEntry match = unmatched.stream()
                    .filter(e -> matches(e, wanted))
                    .findFirst()
                    .orElseGet(() -> fail(name + ": no result " + wanted + " in\n" + describe(report)));
            unmatched.remove(match);
        });
        if (!unmatched.isEmpty()) {
            fail(name + ": unexpected results\n" + describe(report));
        }
        Resource expectedReport =
                expected.listResourcesWithProperty(SHACLM.conforms).next();
        assertEquals(
                expectedReport.getProperty(SHACLM.conforms).getBoolean(),
                report.conforms(),
                () -> name + ": sh:conforms\n" + describe(report));
        return report;
    }

    private static Map<Property, Node> keys(Resource result) {
        Map<Property, Node> keys = new HashMap<>();
        KEYS.stream()
                .filter(result::hasProperty)
                .forEach(p -> keys.put(p, result.getProperty(p).getObject().asNode()));
        return keys;
    }

    private static boolean matches(ReportEntry entry, Map<Property, Node> wanted) {
        return wanted.entrySet().stream().allMatch(k -> Objects.equals(k.getValue(), actual(entry, k.getKey())));
    }

    private static Node actual(ReportEntry entry, Property key) {
        if (key.equals(SHACLM.focusNode)) return entry.focusNode();
        if (key.equals(SHACLM.value)) return entry.value();
        if (key.equals(SHACLM.sourceShape)) return entry.source();
        if (key.equals(SHACLM.sourceConstraint)) return entry.sourceConstraint();
        if (key.equals(SHACLM.sourceConstraintComponent)) return entry.sourceConstraintComponent();
        return entry.resultPath() instanceof P_Link link ? link.getNode() : null;
    }

    /** The report as text, for failure messages. */
    static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(out, true, StandardCharsets.UTF_8), report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
