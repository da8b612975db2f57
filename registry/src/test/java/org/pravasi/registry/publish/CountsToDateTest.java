package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/**
 * Counts to date (docs/disclosure.md, "Counts to date"): collectivisation counts the members of collectives up to the
 * end of each period, so the change between two published periods is a count of people who joined or left.
 */
@DisplayName("Counts to date: two periods whose counts differ by less than k are refused")
class CountsToDateTest {
    private static final String DESCRIPTOR = """
            {"slug": "members", "publisher": "ORG", "title": "Members", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "individuals", "role": "measure", "measure": "individuals"}]}
            """;

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("stocks-org");

    RegistryNode node;
    String descriptor;

    @BeforeEach
    void publisher() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        node = SHARED.node();
        descriptor = DESCRIPTOR.replace("ORG", SHARED.org());
    }

    private PublishOutcome publish(String csv) {
        return LegalAidCases.publish(node, descriptor, csv, SHARED.org(), false);
    }

    private static List<String> describe(PublishOutcome o) {
        return o.findings().stream().map(Finding::describe).toList();
    }

    @Test
    void membersToDateThatGrowByLessThanKBetweenTwoQuartersAreRefused() {
        long before = TestNode.quads(node);
        // 120 members, then 123: 3 joined in the second quarter, a count of people below 10.
        PublishOutcome o = publish("district,quarter,service,individuals\n"
                + "201,2024-Q1,collectivisation,120\n201,2024-Q2,collectivisation,123\n"
                + "201,2024-Q3,collectivisation,150\n");

        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream().anyMatch(f -> f.contains("counts to date at line 2") && f.contains("line 3")),
                () -> describe(o).toString());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void aFallOfLessThanKIsACountOfPeopleToo() {
        PublishOutcome o = publish("district,quarter,service,individuals\n"
                + "201,2024-Q1,collectivisation,131\n201,2024-Q2,collectivisation,160\n"
                + "201,2024-Q3,collectivisation,125\n");

        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream().anyMatch(f -> f.contains("line 2") && f.contains("line 4")),
                () -> describe(o).toString());
    }

    @Test
    void theWithheldMembersOfALineMayNotMoveByLessThanKEither() {
        // Female and other are small and withheld in both quarters (male is published: their sum, 12 and 14, lets
        // each reach 10), and no two published counts differ by less than 10; but each quarter's total less its male
        // members gives female + other: 12, then 14.
        String bySex = descriptor.replace(
                "{\"name\": \"individuals\"",
                "{\"name\": \"sex\", \"role\": \"dimension\", \"codeList\": \"gender\"},\n {\"name\": \"individuals\"");
        long before = TestNode.quads(node);
        PublishOutcome o = LegalAidCases.publish(
                node,
                bySex,
                "district,quarter,service,sex,individuals\n"
                        + "201,2024-Q1,collectivisation,female,4\n201,2024-Q1,collectivisation,other,8\n"
                        + "201,2024-Q1,collectivisation,male,100\n201,2024-Q1,collectivisation,_T,112\n"
                        + "201,2024-Q2,collectivisation,female,5\n201,2024-Q2,collectivisation,other,9\n"
                        + "201,2024-Q2,collectivisation,male,130\n201,2024-Q2,collectivisation,_T,144\n",
                SHARED.org(),
                false);

        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> describe(o).toString());
        assertTrue(
                describe(o).stream()
                        .anyMatch(f -> f.contains("line 5") && f.contains("line 9") && f.contains("each less")),
                () -> describe(o).toString());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void countsToDateThatMoveByKOrMoreAndOtherServicesThatMoveByLessArePublished() {
        // Legal aid counts those helped in each quarter, not to date: 40 and 43 are two counts, not a change.
        PublishOutcome o = publish("district,quarter,service,individuals\n"
                + "201,2024-Q1,collectivisation,120\n201,2024-Q2,collectivisation,130\n"
                + "201,2024-Q1,legal-aid,40\n201,2024-Q2,legal-aid,43\n"
                + "214,2024-Q1,collectivisation,124\n214,2024-Q2,collectivisation,150\n");

        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> describe(o).toString());
    }
}
