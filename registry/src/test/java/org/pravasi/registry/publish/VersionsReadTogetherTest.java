package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/**
 * A new version is read together with the version it replaces, which anyone may have kept (docs/disclosure.md,
 * "Versions read together"): what that version withheld stays withheld, and what it published unchanged protects
 * nothing. One node for the class, a publisher of its own for each test ({@link PublisherPerTest}).
 */
class VersionsReadTogetherTest {
    private static final String DESCRIPTOR = """
            {"slug": "cases", "publisher": "mrc-alliance", "title": "Cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "year", "role": "period", "granularity": "year"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;

    /** Katihar (201) 2023 is 3: withheld with Katihar 2024 and Purnia (214) 2023 and 2024, the cheapest cube. */
    private static final String FIRST =
            "district,year,cases\n" + "201,2023,3\n201,2024,20\n214,2023,30\n214,2024,40\n188,2023,50\n188,2024,60\n";

    /**
     * Bihar (10), Jharkhand (20) and Uttar Pradesh (9) in 2024: Bihar (3) is withheld with Uttar Pradesh (12),
     * Jharkhand (30) shown.
     */
    private static final String STATES = "state,year,cases\n10,2024,3\n20,2024,30\n9,2024,12\n";

    /**
     * Ranchi (339, line 2) and Purnia (214, line 3) in 2024, each its state's only district in the table: the state
     * totals are no group lines of it (docs/disclosure.md, "Groups whose totals are published elsewhere"), so Purnia
     * (3) is withheld with Ranchi, the only other cell of the line. Beside {@link #STATES}, Jharkhand's 30 gives Ranchi
     * and the line's total less Ranchi gives Purnia. (With Katihar beside Purnia, Bihar's total is a group line, the
     * complement stays in Bihar, and the state table adds nothing.)
     */
    private static final String DISTRICTS = "district,year,cases\n339,2024,30\n214,2024,3\n";

    private static final String CORRECTED =
            FIRST.replace("201,2023,3", "201,2023,12").replace("188,2023,50", "188,2023,55");

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("versions-org");

    /** The class's node. */
    RegistryNode node;

    /** This test's publisher. */
    String org;

    /** Its dataset of cases (the URI). */
    String dataset;

    /** The descriptor of the cases, as its. */
    String descriptor;

    @BeforeEach
    void publisher() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        node = SHARED.node();
        org = SHARED.org();
        dataset = "https://w3id.org/pravasi/id/dataset/" + org + "/cases";
        descriptor = DESCRIPTOR.replace("\"publisher\": \"mrc-alliance\"", "\"publisher\": \"" + org + "\"");
        assertTrue(descriptor.contains(org), descriptor);
    }

    private PublishOutcome publish(String csv, boolean dryRun) {
        return LegalAidCases.publish(node, descriptor, csv, org, dryRun);
    }

    private static List<String> describe(PublishOutcome o) {
        return o.findings().stream().map(Finding::describe).toList();
    }

    private static void assertPublished(PublishOutcome o) {
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> describe(o).toString());
    }

    /** Publishes {@code csv} as this dataset's next version, by state instead of district. */
    private PublishOutcome publishByState(String csv) {
        String byState = descriptor.replace(
                "{\"name\": \"district\", \"role\": \"area\", \"level\": \"district\"}",
                "{\"name\": \"state\", \"role\": \"area\", \"level\": \"state\"}");
        return LegalAidCases.publish(node, byState, csv, org, false);
    }

    /** Whether the current version withholds the cell of {@code district} and {@code year}. */
    private boolean withheld(String district, String year) {
        KeyedTable current = node.store()
                .read(() -> SameMeasureTables.current(
                        node.store().dataset(), node.tables(), NodeFactory.createURI(dataset)))
                .orElseThrow();
        for (int i = 0; i < current.keys().size(); i++) {
            String label = current.label(i);
            if (label.contains(district) && label.contains(year)) {
                return current.withheld().get(i);
            }
        }
        throw new AssertionError("no cell " + district + " " + year + " in " + current.keys());
    }

    @Test
    void aCorrectedCountWithheldBeforeStaysWithheldWithItsComplements() {
        assertPublished(publish(FIRST, false));
        assertTrue(withheld("201", "2023") && withheld("214", "2023"), "the first version withholds a cube");
        // Katihar 2023 corrected to 12 (and Araria 2023 to 55): alone, nothing in the table is small and all would be
        // shown. But Purnia 2023 (30, unchanged) beside the first version's line for 2023 would give its Katihar 3
        // away.
        PublishOutcome o = publish(CORRECTED, false);
        assertPublished(o);
        assertTrue(withheld("214", "2023"), "Purnia 2023 stays withheld");
        assertTrue(withheld("201", "2023"), "Katihar 2023 stays withheld");
        assertTrue(withheld("201", "2024") && withheld("214", "2024"));
        assertFalse(withheld("188", "2023"), "what was published stays published");
        assertEquals(0, o.withheld().primary());
        assertEquals(4, o.withheld().secondary());
    }

    @Test
    void aComplementThatTheReplacedVersionPublishedUnchangedIsNotUsed() {
        String first = "district,year,cases\n201,2023,20\n201,2024,25\n214,2023,30\n214,2024,40\n"
                + "188,2023,50\n188,2024,60\n";
        assertPublished(publish(first, false));
        // A new district, Ranchi (339), with 3 in 2023. Without the first version, the cheapest cube would hide
        // Katihar 2023 and 2024, whose counts anyone who kept the first version knows.
        PublishOutcome o = publish(first + "339,2023,3\n339,2024,15\n", false);
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream()
                        .anyMatch(f -> f.contains("line 8")
                                && f.contains("last published version")
                                && f.contains("Versions read together")),
                () -> describe(o).toString());
    }

    @Test
    void anUnchangedTableWithANewYearKeepsWhatItWithheld() {
        assertPublished(publish(FIRST, false));
        PublishOutcome o = publish(FIRST + "201,2025,70\n214,2025,80\n188,2025,90\n", false);
        assertPublished(o);
        assertTrue(withheld("201", "2023") && withheld("201", "2024") && withheld("214", "2023"));
        assertFalse(withheld("201", "2025"));
    }

    @Test
    void aVersionByDistrictInPlaceOfOneByStateIsReadOnTheirCommonLevel() {
        assertPublished(publishByState(STATES));
        long before = TestNode.quads(node);
        // Purnia (3) is withheld with Ranchi; Jharkhand's 30 in the replaced version gives Ranchi, and the line's total
        // less Ranchi gives Purnia away.
        PublishOutcome o = publish(DISTRICTS, false);
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream()
                        .anyMatch(f -> f.contains("line 3") && f.contains("last published version of this dataset")),
                () -> describe(o).toString());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void aVersionIsReadTogetherWithEveryEarlierVersionNotOnlyTheOneItReplaces() {
        assertPublished(publishByState(STATES.replace("2024", "2023")));
        // Version 2 shows 2024 only, so it shares no period with version 3; but whoever kept version 1 still has
        // Jharkhand 2023 = 30, which gives Ranchi, Purnia's complement, and so Purnia's withheld 3.
        assertPublished(publishByState("state,year,cases\n10,2024,55\n20,2024,41\n"));
        long before = TestNode.quads(node);
        PublishOutcome o = publish(DISTRICTS.replace("2024", "2023"), false);
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream()
                        .anyMatch(
                                f -> f.contains("line 3") && f.contains("version 1 of this dataset (replaced since)")),
                () -> describe(o).toString());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void whetherAVersionIsReadAsUnchangedDoesNotDependOnItsWithheldCounts() {
        assertPublished(publishByState(STATES));
        // One late case each: Purnia (withheld) is 4 and Ranchi (its complement) 31, so Purnia is not Bihar's 3 and
        // Ranchi is not Jharkhand's 30. An attacker who reads the versions as unchanged still gets Ranchi = 30 and
        // Purnia as the line's total less 30, one off each; and had both stayed unchanged the upload would have been
        // refused, so publishing this one would say "they changed". The link is assumed whatever they hold.
        PublishOutcome o = publish("district,year,cases\n339,2024,31\n214,2024,4\n", false);
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream().anyMatch(f -> f.contains("line 3")),
                () -> describe(o).toString());
    }

    @Test
    void aDatasetWithdrawnAndPublishedAgainIsReadTogetherWithTheWithdrawnVersion() {
        assertPublished(publish(FIRST, false));
        assertTrue(node.publisher()
                .withdraw(org, "cases", "Katihar 2023 was entered wrongly.")
                .withdrawn());
        // The natural way to correct a mistake: withdraw, then publish the corrected file. The withdrawn version was
        // public, so Purnia 2023 (30, unchanged) beside its 2023 line would give its Katihar 3 away just the same.
        PublishOutcome o = publish(CORRECTED, false);
        assertPublished(o);
        assertEquals(2, o.target().number(), "a new version number, never the withdrawn one's");
        assertTrue(withheld("201", "2023") && withheld("214", "2023"), "withheld again");
        assertTrue(withheld("201", "2024") && withheld("214", "2024"));
        assertFalse(withheld("188", "2023"));
        assertEquals(4, o.withheld().secondary());
    }

    @Test
    void aNewDatasetOfTheSameMeasureIsReadTogetherWithAWithdrawnOne() {
        assertPublished(publish(FIRST, false));
        assertTrue(node.publisher()
                .withdraw(org, "cases", "Katihar 2023 was entered wrongly.")
                .withdrawn());
        long before = TestNode.quads(node);
        // Katihar 2023 corrected under another name: the withdrawn table was public, and this one, agreeing with every
        // count it published, would show the cells it withheld. (A table whose published counts contradict it counts
        // something else, as for any two tables: docs/disclosure.md, "Tables read together".)
        PublishOutcome o = LegalAidCases.publish(
                node,
                descriptor.replace("\"slug\": \"cases\"", "\"slug\": \"cases-corrected\""),
                FIRST.replace("201,2023,3", "201,2023,12"),
                org,
                false);
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream().anyMatch(f -> f.contains("'cases'") && f.contains("Tables read together")),
                () -> describe(o).toString());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void aNewVersionThatRenamesItsMeasureIsStillReadTogetherWithTheOldOne() {
        assertPublished(publish(FIRST, false));
        // The same correction, now labelled "individuals": a new name does not change what anyone kept of version 1.
        String individuals = descriptor.replace("\"measure\": \"cases\"", "\"measure\": \"individuals\"");
        assertTrue(individuals.contains("\"individuals\""));
        PublishOutcome o = LegalAidCases.publish(node, individuals, CORRECTED, org, false);
        assertPublished(o);
        assertTrue(withheld("201", "2023") && withheld("214", "2023"), "withheld again");
        assertEquals(4, o.withheld().secondary());
    }

    @Test
    void publishingTheSameTableAgainIsAReplay() {
        assertPublished(publish(FIRST, false));
        assertEquals(PublishOutcome.Status.UNCHANGED, publish(FIRST, false).status());
    }

    @Test
    void theDryRunSeesTheReplacedVersionToo() {
        assertPublished(publish(FIRST, false));
        long before = TestNode.quads(node);
        PublishOutcome o = publish(CORRECTED, true);
        assertEquals(PublishOutcome.Status.VALID, o.status(), () -> describe(o).toString());
        assertEquals(4, o.withheld().secondary());
        assertEquals(before, TestNode.quads(node));
    }
}
