package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;
import org.pravasi.registry.workspace.Reconciled.Status;

/**
 * The workspace end to end on a real node: a messy workbook, choices, saved mappings, the pipeline's dry run. One node
 * for the class, a publisher of its own for each test ({@link PublisherPerTest}), whose mappings are its own.
 */
class WorkspaceTest {
    private static final Choices.Dataset DATASET = new Choices.Dataset(
            "wage-cases",
            "Wage cases by district",
            "Cases registered by the partner's centres.",
            "https://creativecommons.org/licenses/by/4.0/",
            List.of("wages"),
            true,
            "Illustrative demo data");

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("workspace-org");

    /** The folder of the class's node. */
    Path dir;

    /** The class's node. */
    RegistryNode node;

    Workspace workspace;

    /** This test's publisher: saved mappings are its own. */
    String org;

    @BeforeEach
    void start() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        dir = SHARED.dir();
        node = SHARED.node();
        org = SHARED.org();
        workspace = node.workspace();
    }

    /** Another workspace over the node's folder, as a restarted node would have. */
    private Workspace open() {
        return Workspace.create(
                node.publisher(),
                Gazetteer.read(node.store()),
                node.ontology().codeLists(),
                SavedMappings.in(dir.resolve("workspace")),
                UploadLimits.DEFAULTS);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A partner's workbook: a title row, Hindi and English names, a former name, Aurangabad, own category words. */
    private static Upload messy(boolean stateColumn, String period) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Wage cases reported by our centres"));
        rows.add(row());
        rows.add(
                stateColumn
                        ? row("State", "District", "Period", "Category", "No. of cases")
                        : row("District", "Period", "Category", "No. of cases"));
        String[][] data = {
            {"Bihar", "Purnea", "Wage theft", "40"},
            {"Bihar", "कटिहार", "Wage theft", "35"},
            {"Haryana", "Gurgaon", "Wages not paid by employer", "30"},
            {"Bihar", "Aurangabad", "Wage theft", "25"},
            {"Uttar Pradesh", "Kanpur Nagar", "Wages not paid by employer", "45"}
        };
        for (String[] d : data) {
            List<Object> r = stateColumn ? row(d[0], d[1]) : row(d[1]);
            r.add(period);
            r.add(d[2]);
            r.add(Integer.parseInt(d[3]));
            rows.add(r);
        }
        return new Upload("cases.xlsx", Workbooks.write(new Workbooks.SheetRows("Cases", rows)));
    }

    private static Reconciled value(Preview p, String column, String value) {
        return p.values().get(column).stream()
                .filter(r -> r.value().equals(value))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theNodeKeepsOneWorkspaceForItsApiAndThePortal() {
        assertTrue(node.workspace() == node.workspace(), "one workspace, so saves of mappings go through one place");
    }

    @Test
    void proposesRolesForEachColumn() {
        Preview p = workspace.preview(org, messy(true, "Apr–Jun 2024"), Choices.none(DATASET));
        Map<String, ColumnRole.Role> roles = new java.util.HashMap<>();
        p.columns().forEach(c -> roles.put(c.column(), c.role()));
        assertEquals(ColumnRole.Role.STATE, roles.get("State"));
        assertEquals(ColumnRole.Role.AREA, roles.get("District"));
        assertEquals(ColumnRole.Role.PERIOD, roles.get("Period"));
        assertEquals(ColumnRole.Role.DIMENSION, roles.get("Category"));
        assertEquals(ColumnRole.Role.MEASURE, roles.get("No. of cases"));
        ColumnRole category = p.columns().get(3);
        assertEquals("violation-type", category.qualifier());
        assertEquals("cases", p.columns().get(4).qualifier());
        assertTrue(category.confidence() > 0 && category.confidence() < 1);
    }

    @Test
    void resolvesExactMatchesAndListsTheRestWithoutGuessing() {
        long before = TestNode.quads(node);
        Preview p = workspace.preview(org, messy(false, "Apr–Jun 2024"), Choices.none(DATASET));
        assertEquals("214", value(p, "District", "Purnea").match().get().id());
        assertEquals("201", value(p, "District", "कटिहार").match().get().id());
        assertEquals("62", value(p, "District", "Gurgaon").match().get().id());
        assertEquals("157", value(p, "District", "Kanpur Nagar").match().get().id());
        assertEquals(Status.AMBIGUOUS, value(p, "District", "Aurangabad").status());
        assertEquals(
                Status.UNRESOLVED,
                value(p, "Category", "Wages not paid by employer").status());
        assertEquals("2024-Q2", value(p, "Period", "Apr–Jun 2024").match().get().id());
        assertFalse(p.issues().isEmpty());
        assertTrue(p.dryRun().isEmpty(), "no dry run while values are unresolved");
        assertTrue(p.issues().stream().anyMatch(f -> f.value().equals("Aurangabad") && f.row() == 7), p::toString);
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aStateColumnResolvesTheSharedName() {
        Preview p = workspace.preview(org, messy(true, "Apr–Jun 2024"), Choices.none(DATASET));
        assertEquals("189", value(p, "District", "Aurangabad").match().get().id());
    }

    @Test
    void aFinancialYearColumnResolvesAndGoesThroughTheDryRunAsFinancialYears() {
        long before = TestNode.quads(node);
        Choices choices = new Choices(
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Map.of("code:violation-type", Map.of("Wages not paid by employer", "wage-theft")),
                DATASET);
        Preview p = workspace.preview(org, messy(true, "FY 2023-24"), choices);
        Reconciled fy = value(p, "Period", "FY 2023-24");
        assertEquals(Status.RESOLVED, fy.status(), fy::toString);
        assertEquals("FY2023-24", fy.match().get().id());
        assertTrue(p.issues().isEmpty(), () -> p.issues().toString());
        assertTrue(p.dryRun().isPresent());
        assertEquals(
                PublishOutcome.Status.VALID,
                p.dryRun().get().status(),
                () -> p.dryRun().get().findings().toString());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void withTheOfficersChoicesTheUploadGoesThroughThePipelinesDryRunAndStoresNothing() {
        long before = TestNode.quads(node);
        Choices choices = new Choices(
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Map.of("code:violation-type", Map.of("Wages not paid by employer", "wage-theft")),
                DATASET);
        Preview p = workspace.preview(org, messy(true, "Apr–Jun 2024"), choices);
        assertTrue(p.issues().isEmpty(), () -> p.issues().toString());
        assertEquals(
                "your choice",
                value(p, "Category", "Wages not paid by employer").match().get().why());
        assertEquals(
                PublishOutcome.Status.VALID,
                p.dryRun().get().status(),
                () -> p.dryRun().toString());
        String csv = new String(p.input().get().csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("district,period,violation-type,cases"), csv);
        assertTrue(csv.contains("214,2024-Q2,wage-theft,40"), csv);
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aSavedChoiceResolvesTheValueNextTime() throws Exception {
        List<Finding> saved = workspace.remember(
                org,
                new Choices(
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(),
                        Map.of("code:violation-type", Map.of("Wages not paid by employer", "wage-theft")),
                        DATASET));
        assertTrue(saved.isEmpty(), saved::toString);
        Preview p = open().preview(org, messy(true, "Apr–Jun 2024"), Choices.none(DATASET));
        Reconciled r = value(p, "Category", "Wages not paid by employer");
        assertEquals("wage-theft", r.match().get().id());
        assertEquals("from your earlier choice", r.match().get().why());
        assertTrue(p.publishable(), () -> p.issues().toString());
        assertTrue(Files.isRegularFile(dir.resolve("workspace").resolve(org).resolve("mappings.json")));
        Preview other = open().preview("other-org", messy(true, "Apr–Jun 2024"), Choices.none(DATASET));
        assertEquals(
                Status.UNRESOLVED,
                value(other, "Category", "Wages not paid by employer").status());
    }

    @Test
    void anInvalidChoiceIsNotSavedAndNothingElseIsEither() {
        List<Finding> refused = workspace.remember(
                org,
                new Choices(
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(),
                        Map.of(
                                "district", Map.of("Aurangabad", "189"),
                                "code:violation-type", Map.of("Wages not paid by employer", "wage-robbery")),
                        DATASET));
        assertEquals(1, refused.size(), refused::toString);
        assertTrue(refused.get(0).problem().contains("wage-robbery"));
        assertFalse(Files.exists(dir.resolve("workspace").resolve(org)));
    }

    @Test
    void aValueHoldingPersonalDataIsNeverSaved() {
        // Review 41: a saved mapping outlives the draft and goes into every backup.
        List<Finding> refused = workspace.remember(
                org,
                new Choices(
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(),
                        Map.of("district", Map.of("Sunita Devi W/o Ramesh, Katihar 9876543210", "212")),
                        DATASET));
        assertEquals(1, refused.size(), refused::toString);
        assertTrue(refused.get(0).problem().contains("is not saved"), refused::toString);
        assertFalse(
                refused.toString().contains("9876543210") || refused.toString().contains("Sunita"));
        assertFalse(Files.exists(dir.resolve("workspace").resolve(org)));
    }

    @Test
    void aFileStateResolvesTheSharedName() {
        Choices choices = new Choices(Optional.empty(), Optional.of("10"), Map.of(), Map.of(), DATASET);
        Preview p = workspace.preview(org, messy(false, "Apr–Jun 2024"), choices);
        assertEquals("189", value(p, "District", "Aurangabad").match().get().id());
    }

    @Test
    void anEmptyCellIsAnIssueAndAChoiceMatchesItsValueInAnySpelling() {
        String csv = "District,Quarter,Category,Cases\nKatihar,Q2 2024,Wages not paid by employer,40\n"
                + ",Q2 2024,Wage theft,30\n";
        Choices choices = new Choices(
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Map.of("code:violation-type", Map.of("WAGES NOT-PAID by employer", "wage-theft")),
                DATASET);
        Preview p = workspace.preview(org, new Upload("c.csv", csv.getBytes(StandardCharsets.UTF_8)), choices);
        assertEquals(
                "wage-theft",
                value(p, "Category", "Wages not paid by employer").match().get().id());
        assertEquals(1, p.issues().size(), p.issues()::toString);
        assertEquals(3, p.issues().get(0).row());
        assertTrue(p.issues().get(0).problem().contains("The cell is empty"), p.issues()::toString);
    }

    @Test
    void aColumnWithTooManyDifferentValuesIsStoppedWithAnIssue() {
        StringBuilder csv = new StringBuilder("District,Quarter,Category,Cases\n");
        for (int i = 0; i <= Workspace.MAX_DISTINCT; i++) {
            csv.append("Katihar,Q2 2024,note ").append(i).append(",40\n");
        }
        Choices choices = new Choices(
                Optional.empty(),
                Optional.empty(),
                Map.of("Category", ColumnRole.chosen("Category", ColumnRole.Role.DIMENSION, "violation-type")),
                Map.of(),
                DATASET);
        Preview p =
                workspace.preview(org, new Upload("c.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), choices);
        assertTrue(
                p.issues().stream().anyMatch(f -> f.problem().contains("more than " + Workspace.MAX_DISTINCT)),
                () -> p.issues().subList(0, 3).toString());
        assertEquals(Workspace.MAX_DISTINCT, p.values().get("Category").size());
    }

    @Test
    void theDryRunsFindingsPointAtTheUploadsRowsAndColumns() {
        StringBuilder csv = new StringBuilder("Cases by district\n\nDistrict,Quarter,Category,Cases\n");
        String[] districts = {
            "Katihar", "Purnia", "Gaya", "Patna", "Araria", "Arwal", "Banka", "Begusarai", "Bhagalpur", "Buxar"
        };
        for (int i = 0; i < districts.length; i++) {
            csv.append(districts[i])
                    .append(",Q2 2024,Wage theft,")
                    .append(i == 6 ? "many" : "40")
                    .append('\n');
        }
        Preview p = workspace.preview(
                org, new Upload("c.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), Choices.none(DATASET));
        assertTrue(p.issues().isEmpty(), p.issues()::toString);
        PublishOutcome o = p.dryRun().get();
        assertEquals(PublishOutcome.Status.REFUSED, o.status());
        Finding f = o.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertEquals("c.csv", f.file(), f::describe);
        assertEquals(10, f.row(), f::describe);
        assertEquals("Cases", f.column(), f::describe);
        assertFalse(p.publishable());
    }

    @Test
    void badInputIsAClearErrorAndStoresNothing() {
        long before = TestNode.quads(node);
        Preview p = workspace.preview(
                org,
                new Upload("notes.csv", "just a title\n\n".getBytes(StandardCharsets.UTF_8)),
                Choices.none(DATASET));
        assertTrue(p.table().isEmpty());
        assertTrue(p.issues().get(0).problem().contains("No header row"), p.issues()::toString);
        assertEquals(before, TestNode.quads(node));
    }
}
