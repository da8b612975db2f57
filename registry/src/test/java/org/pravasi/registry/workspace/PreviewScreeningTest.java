package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.disclosure.SuppressionReason;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.testing.TestNode;

/** What the browser's preview and publish screens rely on: screening, corrections, withheld rows, publishing. */
class PreviewScreeningTest {
    private static final String ORG = "mrc-alliance";
    private static final Choices.Dataset DATASET = new Choices.Dataset(
            "screened-cases",
            "Wage cases by district",
            "Cases registered by the partner's centres.",
            "https://creativecommons.org/licenses/by/4.0/",
            List.of("wages"),
            true,
            "Illustrative demo data",
            "ज़िलेवार मज़दूरी के मामले",
            "",
            "",
            "");

    @TempDir
    Path dir;

    RegistryNode node;
    Workspace workspace;

    @BeforeEach
    void start() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        node = TestNode.start(dir);
        workspace = node.workspace();
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static Upload csv(String category) {
        String text = "District,Quarter,Category,Cases\n"
                + "Purnea,Q2 2024,Wage theft,40\n"
                + "Katihar,Q2 2024,Wage theft,35\n"
                + "Patna,Q2 2024," + category + ",3\n"
                + "Gaya,Q2 2024,Wage theft,28\n";
        return new Upload("cases.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Choices with(List<Choices.CellFix> cells) {
        return new Choices(Optional.empty(), Optional.empty(), Map.of(), Map.of(), DATASET, cells);
    }

    @Test
    void aPhoneNumberInACellIsAnIssueWithItsRowColumnAndTheMatchMasked() {
        Preview p = workspace.preview(ORG, csv("Wage theft call 98765 43210"), with(List.of()));
        Finding f = p.issues().stream()
                .filter(x -> x.problem().contains("phone"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(p.issues().toString()));
        assertEquals(4, f.row());
        assertEquals("Category", f.column());
        assertFalse(f.value().contains("98765 43210"), f.value());
        assertFalse(f.value().isEmpty());
        assertTrue(p.dryRun().isEmpty());
    }

    @Test
    void aCorrectedCellReplacesTheUploadsCellAndTheRowKeepsItsNumber() {
        Preview p = workspace.preview(
                ORG,
                csv("Wage theft call 98765 43210"),
                with(List.of(new Choices.CellFix(4, "Category", "Wage theft"))));
        assertTrue(p.issues().isEmpty(), p.issues()::toString);
        assertEquals("Wage theft", p.table().orElseThrow().rows().get(2).cells().get(2));
        assertEquals(4, p.table().orElseThrow().rows().get(2).number());
    }

    @Test
    void aCorrectionOfNoCellIsAnIssueAndChangesNothing() {
        Preview p = workspace.preview(ORG, csv("Wage theft"), with(List.of(new Choices.CellFix(40, "Category", "x"))));
        assertTrue(
                p.issues().stream().anyMatch(f -> f.row() == 40 && f.problem().contains("not a cell")), p::toString);
        assertTrue(p.dryRun().isEmpty());
    }

    @Test
    void theDryRunsWithheldRowsAreNumberedAsInTheUpload() {
        Preview p = workspace.preview(ORG, csv("Wage theft"), with(List.of()));
        assertTrue(p.publishable(), () -> p.dryRun().toString());
        assertEquals(SuppressionReason.PRIMARY_BELOW_THRESHOLD, p.withheld().get(4L), p.withheld()::toString);
        PublishOutcome o = p.dryRun().orElseThrow();
        assertEquals(
                o.suppressedPrimary() + o.suppressedSecondary(), p.withheld().size());
    }

    @Test
    void theHindiTitleIsWrittenAsALanguageMap() {
        Preview p = workspace.preview(ORG, csv("Wage theft"), with(List.of()));
        String json = new String(p.input().orElseThrow().descriptor(), StandardCharsets.UTF_8);
        assertTrue(
                json.contains("\"title\":{\"en\":\"Wage cases by district\",\"hi\":\"ज़िलेवार मज़दूरी के मामले\"}"),
                json);
    }

    @Test
    void publishingGivesTheDryRunsInputToThePipeline() {
        long before = TestNode.quads(node);
        Workspace.Published done = workspace.publish(ORG, csv("Wage theft"), with(List.of()));
        assertEquals(
                PublishOutcome.Status.PUBLISHED, done.outcome().orElseThrow().status());
        assertTrue(TestNode.quads(node) > before);
        Workspace.Published refused = workspace.publish(ORG, csv("Wage theft call 98765 43210"), with(List.of()));
        assertTrue(refused.outcome().isEmpty(), "nothing tried while the preview has issues");
    }
}
