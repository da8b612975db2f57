package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PV;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.testing.TestNode;

@DisplayName("Whether a version's categories overlap: the code list says, a dataset may say otherwise")
class CategoryOverlapTest {
    private static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/overlap";
    private static final String CSV = "district,year,service,outcome,cases\n"
            + "201,2024,legal-aid,pending,40\n201,2024,wage-claim,pending,30\n"
            + "201,2024,legal-aid,withdrawn,20\n201,2024,wage-claim,withdrawn,50\n";

    @TempDir
    Path dir;

    RegistryNode node;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    /** A descriptor whose service and outcome columns carry {@code serviceExtra} and {@code outcomeExtra}. */
    private static String descriptor(String serviceExtra, String outcomeExtra, String measureExtra) {
        return """
                {"slug": "overlap", "publisher": "mrc-alliance", "title": "Overlap", "description": "Test.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "year", "role": "period", "granularity": "year"},
                             {"name": "service", "role": "dimension", "codeList": "service-type"%s},
                             {"name": "outcome", "role": "dimension", "codeList": "case-outcome"%s},
                             {"name": "cases", "role": "measure", "measure": "cases"%s}]}
                """.formatted(serviceExtra, outcomeExtra, measureExtra);
    }

    private PublishOutcome publish(String descriptor) {
        return node.publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "d.json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        "d.csv",
                        CSV.getBytes(StandardCharsets.UTF_8),
                        false));
    }

    private Set<Node> overlapping() {
        return node.store()
                .read(() -> CatalogView.over(node.store(), node.uris())
                        .currentCube(DATASET)
                        .orElseThrow()
                        .overlapping());
    }

    @Test
    @DisplayName("a dimension follows its code list: services overlap, case outcomes partition the cases")
    void theCodeListDecides() {
        PublishOutcome o = publish(descriptor("", "", ""));
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.findings()::toString);
        assertEquals(Set.of(PV.serviceType.asNode()), overlapping());
    }

    @Test
    @DisplayName("a dataset's own declaration wins over its code list's, both ways")
    void theDatasetMayOverride() {
        PublishOutcome o = publish(descriptor(", \"categoriesOverlap\": false", ", \"categoriesOverlap\": true", ""));
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.findings()::toString);
        assertEquals(Set.of(PV.caseOutcome.asNode()), overlapping());
    }

    @Test
    @DisplayName("changing only the declaration is a new version, not a replay: it changes what the table means")
    void changingTheDeclarationIsANewVersion() {
        assertEquals(
                PublishOutcome.Status.PUBLISHED, publish(descriptor("", "", "")).status());
        assertEquals(
                PublishOutcome.Status.UNCHANGED, publish(descriptor("", "", "")).status());
        PublishOutcome o = publish(descriptor(", \"categoriesOverlap\": false", "", ""));
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.findings()::toString);
        assertEquals(2, o.versionNumber());
        assertEquals(Set.of(), overlapping());
    }

    @Test
    @DisplayName("a declaration that is not true or false, or on a column that is not a dimension, is refused")
    void aBadDeclarationIsRefused() {
        long before = TestNode.quads(node);
        PublishOutcome yes = publish(descriptor(", \"categoriesOverlap\": \"yes\"", "", ""));
        assertEquals(PublishOutcome.Status.REFUSED, yes.status());
        assertTrue(
                yes.findings().toString().contains("\"categoriesOverlap\": \"yes\", which is not true or false"),
                yes.findings()::toString);
        PublishOutcome measure = publish(descriptor("", "", ", \"categoriesOverlap\": true"));
        assertEquals(PublishOutcome.Status.REFUSED, measure.status());
        assertTrue(
                measure.findings().toString().contains("which only a dimension column may have"),
                measure.findings()::toString);
        assertEquals(before, TestNode.quads(node), "nothing is written");
    }
}
