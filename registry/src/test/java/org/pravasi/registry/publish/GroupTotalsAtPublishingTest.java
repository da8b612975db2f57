package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.disclosure.DerivabilityProbe;
import org.pravasi.registry.disclosure.NaturalGroups;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.PublishedTable;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/**
 * Publishing treats the totals an annual report or a press note gives (a calendar year, a financial year, a state) as
 * known: read from the published table, no withheld count follows from them (docs/disclosure.md, "Groups whose totals
 * are published elsewhere").
 */
class GroupTotalsAtPublishingTest {

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("groups-org");

    private static final String BY_DISTRICT_AND_QUARTER = """
            {"slug": "cases-by-district-quarter", "publisher": "ORG", "title": "Cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;

    private static final String BY_DISTRICT_AND_YEAR =
            BY_DISTRICT_AND_QUARTER.replace("district-quarter", "district-year").replace("\"quarter\"", "\"year\"");

    @Test
    void aQuarterIsNotHiddenBehindAQuarterOfAnotherYear() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        String[] quarters = {"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"};
        long[] katihar = {30, 30, 12, 30, 30, 3, 30, 30};
        long[] purnia = {30, 30, 15, 30, 30, 30, 30, 30};
        StringBuilder csv = new StringBuilder("district,quarter,cases\n");
        for (int q = 0; q < quarters.length; q++) {
            csv.append("201,")
                    .append(quarters[q])
                    .append(',')
                    .append(katihar[q])
                    .append('\n');
            csv.append("214,").append(quarters[q]).append(',').append(purnia[q]).append('\n');
        }
        Map<String, String> years = new HashMap<>();
        Map<String, String> financialYears = new HashMap<>();
        for (String q : quarters) {
            years.put(PravasiUris.period(q), q.substring(0, 4));
            if (!q.equals("2023-Q1") && q.compareTo("2024-Q2") < 0) {
                financialYears.put(PravasiUris.period(q), "FY2023-24");
            }
        }
        NaturalGroups outside = new NaturalGroups(
                List.of(new NaturalGroups.Partition(1, years), new NaturalGroups.Partition(1, financialYears)));

        // Before: Katihar 2023-Q3 protected Katihar 2024-Q2, and "Katihar: 93 cases in 2024" gave 93 - 90 = 3.
        assertEquals(new BitSet(), derivable(publish(BY_DISTRICT_AND_QUARTER, csv.toString()), outside));
    }

    @Test
    void aDistrictIsNotHiddenBehindADistrictOfAnotherState() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        // Katihar 201 and Purnia 214 lie in Bihar, Ranchi 339 and another Jharkhand district in Jharkhand.
        String csv = "district,year,cases\n201,2023,40\n201,2024,37\n214,2023,45\n214,2024,3\n"
                + "339,2023,12\n339,2024,11\n340,2023,50\n340,2024,50\n";
        NaturalGroups outside = new NaturalGroups(List.of(new NaturalGroups.Partition(
                0,
                Map.of(
                        PravasiUris.district("201"), "Bihar",
                        PravasiUris.district("214"), "Bihar",
                        PravasiUris.district("339"), "Jharkhand",
                        PravasiUris.district("340"), "Jharkhand"))));

        // Before: Ranchi protected Purnia, and "Bihar 40 in 2024" in a press note gave 40 - 37 = 3.
        assertEquals(new BitSet(), derivable(publish(BY_DISTRICT_AND_YEAR, csv), outside));
    }

    private PublishedTable publish(String descriptor, String csv) {
        String org = SHARED.org();
        PublishOutcome o = LegalAidCases.publish(SHARED.node(), descriptor.replace("ORG", org), csv, org, false);
        assertEquals(
                PublishOutcome.Status.PUBLISHED,
                o.status(),
                () -> o.findings().stream().map(Finding::describe).toList().toString());
        return PublishedTable.read(SHARED.node(), o.version());
    }

    private static BitSet derivable(PublishedTable table, NaturalGroups outside) {
        return DerivabilityProbe.derivable(table.cells(), table.withheld(), outside);
    }
}
