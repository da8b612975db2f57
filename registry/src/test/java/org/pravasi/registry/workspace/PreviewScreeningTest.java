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

    /** A workspace over the node's pipeline with mappings of its own, whose reads the test counts. */
    private Workspace open(SavedMappings saved) {
        return Workspace.create(
                node.publisher(),
                Gazetteer.read(node.store()),
                node.ontology().codeLists(),
                saved,
                UploadLimits.DEFAULTS);
    }

    @Test
    void personalDataFindingsInAPreviewAreCapped() {
        // An outside review: 222 passport-like numbers in each 1,998-character cell gave 222 issues a row (222,000).
        StringBuilder text = new StringBuilder("District,Quarter,Category,Cases\n");
        for (int r = 0; r < 1_000; r++) {
            String number = "A" + (1_000_000 + r);
            text.append(String.join(" ", java.util.Collections.nCopies(222, number)))
                    .append(",Q2 2024,Wage theft,40\n");
        }
        Choices choices = new Choices(
                Optional.empty(),
                Optional.empty(),
                Map.of("District", ColumnRole.chosen("District", ColumnRole.Role.AREA, "district")),
                Map.of(),
                DATASET,
                List.of());
        Preview p = workspace.preview(
                ORG, new Upload("ids.csv", text.toString().getBytes(StandardCharsets.UTF_8)), choices);
        long passports = p.issues().stream()
                .filter(f -> f.problem().contains("passport"))
                .count();
        assertTrue(passports > 0, "the numbers are still found");
        assertTrue(
                passports <= org.pravasi.registry.ingest.Findings.MAX_PER_KIND,
                passports + " passport issues kept, at most " + org.pravasi.registry.ingest.Findings.MAX_PER_KIND);
        assertTrue(
                p.issues().size()
                        <= org.pravasi.registry.ingest.Findings.MAX_TOTAL + Workspace.MAX_ISSUES_PER_COLUMN + 2,
                p.issues().size() + " issues");
        assertTrue(
                p.issues().stream().anyMatch(f -> f.problem().contains("more findings of the kinds above")),
                "the rest are counted in one line");
    }

    @Test
    void theSavedMappingsAreReadOncePerPreview() {
        SavedMappings saved = SavedMappings.in(dir.resolve("counted"));
        saved.save(ORG, Map.of("district", Map.of("Purnia district", "214")));
        Workspace counted = open(saved);
        long before = saved.reads();
        Preview p = counted.preview(ORG, byState(), stateColumns());
        assertTrue(p.publishable(), p.issues()::toString);
        assertTrue(saved.reads() - before <= 1, (saved.reads() - before) + " reads of mappings.json for one preview");
    }

    @Test
    void eachRowsDistrictIsResolvedInItsOwnRowsState() {
        Preview p = workspace.preview(ORG, byState(), stateColumns());
        assertTrue(p.publishable(), p.issues()::toString);
        Map<String, String> ids = new java.util.HashMap<>();
        p.values()
                .get("District")
                .forEach(r -> ids.put(r.value(), r.match().orElseThrow().id()));
        List<String> lines = new String(p.input().orElseThrow().csv(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals(301, lines.size());
        List<String> districts = List.of("Purnea", "Aurangabad", "Gurgaon", "Katihar", "Kanpur Nagar");
        for (int r = 0; r < 300; r++) {
            assertEquals(ids.get(districts.get(r % 5)), lines.get(r + 1).split(",")[0], "line " + (r + 2));
        }
        assertTrue(!ids.get("Aurangabad").isEmpty());
    }

    /** 300 rows: five districts a month for 60 months, each with its state; Aurangabad is told apart by it. */
    private static Upload byState() {
        StringBuilder text = new StringBuilder("State,District,Month,Category,Cases\n");
        String[][] places = {
            {"Bihar", "Purnea"},
            {"Bihar", "Aurangabad"},
            {"Haryana", "Gurgaon"},
            {"Bihar", "Katihar"},
            {"Uttar Pradesh", "Kanpur Nagar"}
        };
        for (int r = 0; r < 300; r++) {
            int month = r / 5;
            String[] place = places[r % 5];
            text.append(place[0])
                    .append(',')
                    .append(place[1])
                    .append(',')
                    .append(String.format("%d-%02d", 2019 + month / 12, 1 + month % 12))
                    .append(",Wage theft,40\n");
        }
        return new Upload("by-state.csv", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Choices stateColumns() {
        return new Choices(
                Optional.empty(),
                Optional.empty(),
                Map.of(
                        "State", ColumnRole.chosen("State", ColumnRole.Role.STATE, ""),
                        "District", ColumnRole.chosen("District", ColumnRole.Role.AREA, "district")),
                Map.of(),
                DATASET,
                List.of());
    }

    @Test
    void mappingValuesLongerThanANameAreRefused() {
        SavedMappings saved = SavedMappings.in(dir.resolve("long"));
        String value = "P".repeat(Reconciled.MAX_NAME_CHARS + 1);
        List<Finding> refused = open(saved)
                .remember(
                        ORG,
                        new Choices(
                                Optional.empty(),
                                Optional.empty(),
                                Map.of(),
                                Map.of("district", Map.of("Purnea", "214", value, "214")),
                                DATASET,
                                List.of()));
        assertEquals(1, refused.size(), refused::toString);
        assertTrue(
                refused.get(0).problem().contains((Reconciled.MAX_NAME_CHARS + 1) + " characters"), refused::toString);
        assertEquals(Optional.empty(), saved.find(ORG, "district", "Purnea"), "nothing is saved");
        assertEquals(Optional.empty(), saved.find(ORG, "district", value));
    }

    @Test
    void aFileWithAStateForAllItsRowsIsWrittenForThePipeline() {
        Preview p = workspace.preview(
                ORG,
                csv("Wage theft"),
                new Choices(Optional.empty(), Optional.of("10"), Map.of(), Map.of(), DATASET, List.of()));
        assertTrue(p.publishable(), p.issues()::toString);
        assertTrue(new String(p.input().orElseThrow().csv(), StandardCharsets.UTF_8).contains("2024-Q2"));
    }
}
