package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/**
 * An organisation's tables of the same measure are read together: a district table beside its state table must not give
 * a withheld district away (docs/disclosure.md, "Tables read together"). One node for the class, a publisher of its own
 * for each test ({@link PublisherPerTest}).
 */
class PublishedTogetherTest {
    /**
     * Bihar (10) holds Katihar 201, Purnia 214, Araria 188; Jharkhand (20) holds Ranchi 339; Uttar Pradesh (9) holds
     * Kanpur Nagar 157. Since the suppression takes a state's total as known wherever a table holds two or more of its
     * districts (docs/disclosure.md, "Groups whose totals are published elsewhere"), Purnia's complement stays in Bihar
     * when Katihar is beside it, and a state table adds nothing. The district tables here hold one district of each
     * state, so each state's total is no group line inside the district table, and a leak through the state table is
     * for the tables read together to find: Purnia (3) and Ranchi (30) protect each other along the line; the state
     * table {@link #STATES} withholds Bihar (3) with Uttar Pradesh (12) and shows Jharkhand's 30, which gives Ranchi,
     * and the line's total less Ranchi gives Purnia.
     */
    private static final String BY_STATE = descriptor("cases-by-state", "state", "state");

    private static final String BY_DISTRICT = descriptor("cases-by-district", "district", "district");

    /** Bihar, Jharkhand and Uttar Pradesh in 2024: Bihar (3) is withheld with Uttar Pradesh, Jharkhand shown. */
    private static final String STATES = "state,year,cases\n10,2024,3\n20,2024,30\n9,2024,12\n";

    /** Ranchi (line 2) and Purnia (line 3, withheld) in 2024, each alone of its state in the table. */
    private static final String DISTRICTS = "district,year,cases\n339,2024,30\n214,2024,3\n";

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("together-org");

    /** The class's node. */
    RegistryNode node;

    /** This test's publisher: only its own tables are read together with the ones it publishes. */
    String org;

    @BeforeEach
    void publisher() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        node = SHARED.node();
        org = SHARED.org();
    }

    /** A state table with a period column of its own name and granularity. */
    private static String byStateAnd(String slug, String periodColumn, String granularity) {
        return descriptor(slug, "state", "state")
                .replace(
                        "\"year\", \"role\": \"period\", \"granularity\": \"year\"",
                        "\"" + periodColumn + "\", \"role\": \"period\", \"granularity\": \"" + granularity + "\"");
    }

    private static String descriptor(String slug, String column, String level) {
        return """
                {"slug": "%s", "publisher": "mrc-alliance", "title": "Cases", "description": "Test.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "%s", "role": "area", "level": "%s"},
                             {"name": "year", "role": "period", "granularity": "year"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(slug, column, level);
    }

    private PublishOutcome publish(String descriptor, String csv, String org, boolean dryRun) {
        return LegalAidCases.publish(node, descriptor.replace("mrc-alliance", org), csv, org, dryRun);
    }

    private static void assertPublished(PublishOutcome o) {
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> describe(o).toString());
    }

    private static List<String> describe(PublishOutcome o) {
        return o.findings().stream().map(Finding::describe).toList();
    }

    private void assertRefusedNaming(PublishOutcome o, String... parts) {
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        for (String part : parts) {
            assertTrue(
                    describe(o).stream().anyMatch(f -> f.contains(part)),
                    () -> "expected '" + part + "' in " + describe(o));
        }
    }

    @Test
    void aDistrictTableIsReadTogetherWithAReplacedVersionOfTheStateTable() {
        // Version 1 of the state table showed 2023; version 2 shows only 2024. Whoever kept version 1 still has
        // Jharkhand 2023 = 30: beside a district table for 2023 it gives Ranchi, Purnia's complement, and the line's
        // total less Ranchi gives Purnia's withheld 3.
        assertPublished(publish(BY_STATE, STATES.replace("2024", "2023"), org, false));
        assertPublished(publish(BY_STATE, "state,year,cases\n10,2024,55\n20,2024,41\n", org, false));
        long before = TestNode.quads(node);
        PublishOutcome o = publish(BY_DISTRICT, DISTRICTS.replace("2024", "2023"), org, false);
        assertRefusedNaming(o, "line 3", "cases-by-state", "Tables read together");
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void aDistrictTableThatGivesAWithheldDistrictAwayBesideTheStateTableIsRefused() {
        assertPublished(publish(BY_STATE, STATES, org, false));
        long before = TestNode.quads(node);
        // Purnia (3) is withheld and Ranchi with it; alone the table is safe (neither state has two districts in it, so
        // no state total is a line of it), but Jharkhand's 30 gives Ranchi, and the line's total less Ranchi, Purnia.
        PublishOutcome o = publish(BY_DISTRICT, DISTRICTS, org, false);
        assertRefusedNaming(o, "line 3", "cases-by-state", "Tables read together");
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void aDistrictBesideAnotherOfItsStateKeepsItsComplementInTheState() {
        // The fixture these tests used before session 29: Bihar 40 - Katihar 37 = Purnia 3. Katihar and Purnia now make
        // Bihar's total a group line of the district table, so the suppression withholds Katihar with Purnia, the table
        // publishes, and read together with the state table (checked at publishing) nothing follows.
        assertPublished(publish(BY_STATE, "state,year,cases\n10,2024,40\n20,2024,30\n", org, false));
        PublishOutcome o =
                publish(BY_DISTRICT, "district,year,cases\n201,2024,37\n214,2024,3\n339,2024,30\n", org, false);
        assertPublished(o);
        assertTrue(withheld("cases-by-district", "201") && withheld("cases-by-district", "214"));
        assertFalse(withheld("cases-by-district", "339"), "Jharkhand's Ranchi need not protect Purnia");
    }

    /** Whether the current version of {@code slug} withholds the cell whose key holds {@code code}. */
    private boolean withheld(String slug, String code) {
        KeyedTable current = node.store()
                .read(() -> SameMeasureTables.current(
                        node.store().dataset(),
                        node.tables(),
                        NodeFactory.createURI("https://w3id.org/pravasi/id/dataset/" + org + "/" + slug)))
                .orElseThrow();
        for (int i = 0; i < current.keys().size(); i++) {
            if (current.label(i).contains(code)) {
                return current.withheld().get(i);
            }
        }
        throw new AssertionError("no cell " + code + " in " + current.keys());
    }

    @Test
    void theDryRunTheWorkspacePreviewsRefusesTheSame() {
        assertPublished(publish(BY_STATE, STATES, org, false));
        PublishOutcome o = publish(BY_DISTRICT, DISTRICTS, org, true);
        assertRefusedNaming(o, "line 3", "cases-by-state");
    }

    @Test
    void aStateTableThatGivesAStoredWithheldDistrictAwayIsRefused() {
        // The district table withholds Purnia and Ranchi; the state table's own suppression withholds Bihar with Uttar
        // Pradesh and shows Jharkhand's 30, which is Ranchi's.
        assertPublished(publish(BY_DISTRICT, DISTRICTS, org, false));
        PublishOutcome o = publish(BY_STATE, STATES, org, false);
        assertRefusedNaming(o, "cases-by-district", "would give away its withheld count");
    }

    @Test
    void withheldDistrictsWhoseSumIsBelowTheThresholdAreRefused() {
        assertPublished(publish(BY_STATE, "state,year,cases\n10,2024,40\n20,2024,30\n", org, false));
        // Purnia's debt bondage 1 and confiscated documents 2 are both withheld and protect each other alone (Purnia is
        // Bihar's only district in the table, each type's line holds no other district of Bihar). Bihar's 40 minus
        // Purnia's published wage theft 37 shows that they add up to 3, below any threshold. (Districts of one state
        // no longer serve: their state's total is a group line, and the suppression keeps their sum open.)
        String byType = BY_DISTRICT
                .replace("cases-by-district", "cases-by-district-type")
                .replace(
                        "{\"name\": \"cases\", \"role\"",
                        "{\"name\": \"type\", \"role\": \"dimension\", \"codeList\": \"violation-type\"},\n"
                                + "{\"name\": \"cases\", \"role\"");
        PublishOutcome o = publish(byType, """
                district,year,type,cases
                214,2024,wage-theft,37
                214,2024,debt-bondage,1
                214,2024,confiscated-documents,2
                339,2024,wage-theft,30
                """, org, false);
        assertRefusedNaming(o, "add up to 3", "below the threshold");
    }

    @Test
    void withheldDistrictsThatStayOpenTogetherArePublished() {
        assertPublished(publish(BY_STATE, "state,year,cases\n10,2024,65\n20,2024,30\n", org, false));
        // Nothing is withheld: nothing to give away.
        assertPublished(publish(
                BY_DISTRICT, "district,year,cases\n201,2024,37\n214,2024,12\n188,2024,16\n339,2024,30\n", org, false));
    }

    @Test
    void aTableWhoseMeasureWasRelabelledIsReadWithTheTablesOfItsEarlierMeasure() {
        // Version 1 of the district table counted cases (of 2023), as the state table does; version 2 relabels the same
        // counts as calls. Jharkhand's 30 cases still gives Ranchi, and so Purnia's withheld 3, to anyone who reads
        // both.
        assertPublished(publish(BY_STATE, STATES, org, false));
        assertPublished(
                publish(BY_DISTRICT, "district,year,cases\n201,2023,20\n214,2023,20\n339,2023,30\n", org, false));
        PublishOutcome o = publish(
                BY_DISTRICT.replace("\"cases\"}", "\"calls\"}").replace("\"cases\", \"role\"", "\"calls\", \"role\""),
                DISTRICTS.replace("cases", "calls"),
                org,
                false);
        assertRefusedNaming(o, "line 3", "cases-by-state", "Tables read together");
    }

    @Test
    void anotherOrganisationsOrAnotherMeasuresTablesAreNotReadWithIt() {
        assertPublished(publish(BY_STATE, "state,year,cases\n10,2024,40\n20,2024,30\n", org, false));
        assertPublished(publish(
                BY_DISTRICT, "district,year,cases\n201,2024,37\n214,2024,3\n339,2024,30\n", "other-org", false));
        assertPublished(publish(
                BY_DISTRICT.replace("\"cases\"}", "\"calls\"}").replace("\"cases\", \"role\"", "\"calls\", \"role\""),
                "district,year,calls\n201,2024,37\n214,2024,3\n339,2024,30\n",
                org,
                false));
    }

    @Test
    void aDistrictWhoseStateWasFormedLaterIsNotPlacedByTodaysMap() {
        // In 2013 Adilabad (LGD 501) lay in Andhra Pradesh (28); since 2 June 2014 it lies in Telangana (36). Today's
        // map put it in Telangana, so Andhra Pradesh's 2013 total (133) and its districts Anantapur and Alluri
        // (60 + 70) looked like a contradiction, the link was dropped, and whoever knows the old borders read
        // Adilabad's withheld count as 133 - 130 = 3.
        assertPublished(publish(BY_STATE, "state,year,cases\n28,2013,133\n10,2013,40\n", org, false));
        long before = TestNode.quads(node);
        PublishOutcome o = publish(
                BY_DISTRICT, "district,year,cases\n502,2013,60\n745,2013,70\n501,2013,3\n339,2013,15\n", org, false);
        assertRefusedNaming(o, "district 501 lay in another state", "cases-by-state");
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
        // From the day the state was formed, today's map is right.
        assertPublished(publish(
                BY_DISTRICT.replace("cases-by-district", "cases-by-district-2015"),
                "district,year,cases\n502,2015,60\n745,2015,70\n501,2015,3\n339,2015,15\n",
                org,
                false));
    }

    @Test
    void aDistrictOfALaterStateIsPlacedBesideTablesOfOtherStatesOnly() {
        // Kerala's figure says nothing of Andhra Pradesh or Telangana: Adilabad's move does not matter beside it.
        assertPublished(publish(BY_STATE, "state,year,cases\n32,2013,100\n", org, false));
        assertPublished(
                publish(BY_DISTRICT, "district,year,cases\n501,2013,3\n201,2013,37\n339,2013,30\n", org, false));
    }

    @Test
    void onlyTheOrganisationsOwnDatasetsAreReadAsItsTables() {
        // Another organisation's state table whose record also names this organisation as publisher (as a harvested
        // graph could): were it read as one of this organisation's tables, Bihar's 40 would refuse every district
        // table of this organisation that withholds a Bihar district. A dataset is the organisation's only under its
        // own path (…/id/dataset/<org>/…).
        String other = org + "-other";
        assertPublished(publish(BY_STATE, "state,year,cases\n10,2024,40\n20,2024,30\n", other, false));
        Node ds = NodeFactory.createURI("https://w3id.org/pravasi/id/dataset/" + other + "/cases-by-state");
        node.store().write(() -> {
            node.store()
                    .dataset()
                    .add(
                            ds,
                            ds,
                            DCTerms.publisher.asNode(),
                            NodeFactory.createURI("https://w3id.org/pravasi/id/org/" + org));
            return null;
        });
        assertPublished(
                publish(BY_DISTRICT, "district,year,cases\n201,2024,37\n214,2024,3\n339,2024,30\n", org, false));
    }

    @Test
    void aDistrictTotalBesideOverlappingCategoriesIsReadWithTheStateTable() {
        assertPublished(publish(BY_STATE, STATES, org, false));
        long before = TestNode.quads(node);
        // Violation types overlap (one case may be wage theft and withheld wages): a district's types add up to more
        // than its total. The totals still add up to the state's: Jharkhand's 30 gives Ranchi's total, Purnia's
        // complement along the line of totals, and the line's total less it gives Purnia's 3.
        String byType = BY_DISTRICT
                .replace("cases-by-district", "cases-by-district-type")
                .replace(
                        "{\"name\": \"cases\", \"role\"",
                        "{\"name\": \"type\", \"role\": \"dimension\", \"codeList\": \"violation-type\"},\n"
                                + "{\"name\": \"cases\", \"role\"");
        PublishOutcome o = publish(byType, """
                district,year,type,cases
                214,2024,wage-theft,2
                214,2024,withheld-wages,2
                214,2024,_T,3
                339,2024,wage-theft,20
                339,2024,withheld-wages,20
                339,2024,_T,30
                """, org, false);
        assertRefusedNaming(o, "cases-by-state", "Tables read together");
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void monthsBesideTheirQuarterAreReadTogether() {
        String byQuarter = byStateAnd("cases-by-quarter", "quarter", "quarter");
        String byMonth = byStateAnd("cases-by-month", "month", "month");
        // The months April to December of 2024, none small, all published.
        assertPublished(publish(
                byMonth,
                "state,month,cases\n10,2024-04,10\n10,2024-05,10\n10,2024-06,10\n10,2024-07,12\n10,2024-08,12\n"
                        + "10,2024-09,12\n10,2024-10,15\n10,2024-11,15\n10,2024-12,15\n",
                org,
                false));
        // Alone, Q1 (3) and its complement protect each other along the year's line; but every other quarter is the
        // sum of its published months, so the complement is known, and the year's total less it gives Q1. (Months
        // beside a stored quarter no longer serve: a quarter of months that tile it is a group line of the month table,
        // and the suppression keeps its withheld months' complement within it.)
        PublishOutcome o = publish(
                byQuarter,
                "state,quarter,cases\n10,2024-Q1,3\n10,2024-Q2,30\n10,2024-Q3,36\n10,2024-Q4,45\n",
                org,
                false);
        assertRefusedNaming(o, "line 2", "cases-by-month", "Tables read together");
    }

    /** On a node of its own, without geography. */
    @Test
    void withoutAnInstalledGeographyTheShippedDistrictTablePlacesDistricts(@TempDir Path dir) {
        try (RegistryNode withoutGeography = TestNode.start(dir, Optional.empty())) {
            node = withoutGeography;
            org = "mrc-alliance";
            assertPublished(publish(BY_STATE, STATES, org, false));
            PublishOutcome o = publish(BY_DISTRICT, DISTRICTS, org, false);
            assertRefusedNaming(o, "line 3", "cases-by-state");
        }
    }

    /** On a node of its own, without geography. */
    @Test
    void aDistrictNoTableCanPlaceIsRefusedBesideAStateTable(@TempDir Path dir) {
        try (RegistryNode withoutGeography = TestNode.start(dir, Optional.empty())) {
            node = withoutGeography;
            org = "mrc-alliance";
            assertPublished(publish(BY_STATE, "state,year,cases\n10,2024,40\n20,2024,30\n", org, false));
            // 9999 passes the format check of a node without geography, but no table knows its state.
            PublishOutcome o = publish(BY_DISTRICT, "district,year,cases\n201,2024,37\n9999,2024,30\n", org, false);
            assertRefusedNaming(o, "which state district 9999 lies in", "reference geography");
        }
    }

    @Test
    void onlyTheAreasWhosePublishedCountsDisagreeAreNotReadTogether() {
        // Uttar Pradesh 50 beside Kanpur Nagar's published 60: there the two tables count different cases (legal-aid
        // cases beside violations, or a count corrected since), and 50 says nothing about the withheld districts.
        assertPublished(publish(BY_STATE, "state,year,cases\n9,2024,50\n", org, false));
        // Purnia (3) is withheld with Ranchi (30), each alone of its state in the table.
        String districts = "district,year,cases\n339,2024,30\n214,2024,3\n157,2024,60\n";
        assertPublished(publish(BY_DISTRICT, districts, org, false));
        // Uttar Pradesh disagreeing (100 beside Kanpur Nagar's 60) does not make the tables unrelated where they agree:
        // Jharkhand's 30 gives Ranchi, and the line's total less Ranchi and Kanpur Nagar gives Purnia.
        PublishOutcome agreeingOnJharkhand = publish(
                BY_STATE.replace("cases-by-state", "cases-by-state-2"),
                "state,year,cases\n20,2024,30\n9,2024,100\n",
                org,
                false);
        assertRefusedNaming(agreeingOnJharkhand, "cases-by-district", "would give away its withheld count");
    }

    @Test
    void aQuarterTableThatStopsInDecemberSaysNothingOfAFinancialYear() {
        String byQuarter = byStateAnd("cases-by-quarter", "quarter", "quarter");
        String byYear = byStateAnd("cases-by-fy", "year", "financial-year");
        assertPublished(publish(byYear, "state,year,cases\n10,FY2024-25,97\n20,FY2024-25,30\n", org, false));
        // Q1 2024 (3) is withheld with a complement. Q2-Q4 of 2024 lie within FY 2024-25, but without Q1 2025 they do
        // not make it up: FY 2024-25's 97 tells nothing of them.
        assertPublished(publish(
                byQuarter,
                "state,quarter,cases\n10,2024-Q1,3\n10,2024-Q2,20\n10,2024-Q3,30\n10,2024-Q4,25\n",
                org,
                false));
        // With Q1 2025 the quarters tile the financial year. Read together with the stored FY table, 97 minus the
        // published quarters gave the complement, and the line's total then Q1 2024; that leak can no longer be
        // produced by publishing: FY 2024-25 is now a group line of the quarter table itself, whatever table beside it
        // gives its total, and the line's total less it gives Q1 2024 whatever else is withheld. The table is refused
        // on its own, as unprotectable, before any table is read with it.
        PublishOutcome tiled = publish(
                byQuarter,
                "state,quarter,cases\n10,2024-Q1,3\n10,2024-Q2,20\n10,2024-Q3,30\n10,2024-Q4,25\n10,2025-Q1,22\n",
                org,
                false);
        assertRefusedNaming(tiled, "line 2", "cannot be protected", "totals known from outside");
    }
}
