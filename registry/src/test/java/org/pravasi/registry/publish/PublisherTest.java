package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.TestNode;

/** The publishing pipeline on a real TDB2 store: what it publishes, and what it refuses without changing anything. */
class PublisherTest {
    private static final String ORG = "mrc-alliance";
    private static final String DESCRIPTOR = LegalAidCases.DESCRIPTOR;

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

    private PublishOutcome publish(String csv) {
        return publish(DESCRIPTOR, csv, ORG, false);
    }

    private PublishOutcome publish(String descriptor, String csv, String org, boolean dryRun) {
        return LegalAidCases.publish(node, descriptor, csv, org, dryRun);
    }

    private long ask(String sparql) {
        return node.store().read(() -> {
            try (QueryExecution qe = QueryExecution.create(
                    sparql,
                    org.apache.jena.query.DatasetFactory.wrap(node.store().dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private void assertRefusedAndUnchanged(String csv, String expectedProblem) {
        long before = TestNode.quads(node);
        PublishOutcome o = publish(csv);
        assertEquals(
                PublishOutcome.Status.REFUSED, o.status(), () -> o.findings().toString());
        assertTrue(
                o.findings().stream().anyMatch(f -> f.isError() && f.describe().contains(expectedProblem)),
                () -> "expected a finding containing '" + expectedProblem + "' in "
                        + o.findings().stream().map(Finding::describe).toList());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void publishesEveryDemoDataset() throws Exception {
        try (var orgs = Files.list(TestNode.DATASETS)) {
            for (Path org : orgs.filter(Files::isDirectory).toList()) {
                try (var files = Files.list(org)) {
                    for (Path d : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("organisation.json"))
                            .toList()) {
                        String slug = d.getFileName().toString().replace(".json", "");
                        PublishOutcome o =
                                TestNode.publishDemo(node, org.getFileName().toString(), slug);
                        assertEquals(
                                PublishOutcome.Status.PUBLISHED,
                                o.status(),
                                () -> slug + ": "
                                        + o.findings().stream()
                                                .map(Finding::describe)
                                                .toList());
                    }
                }
            }
        }
    }

    @Test
    void publishesADataCubeWithSmallCountsWithheld() {
        PublishOutcome o = TestNode.publishDemo(node, ORG, "violations-by-district-quarter");
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status());
        assertEquals(384, o.observations());
        assertTrue(o.suppressedPrimary() > 0, "the demo has counts below 10");
        assertEquals(
                384,
                ask("PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(?o) AS ?n) { ?o a qb:Observation }"));
        assertEquals(0, ask("""
                PREFIX pv: <https://w3id.org/pravasi/def#>
                SELECT (COUNT(?o) AS ?n) { ?o pv:cases ?v FILTER(?v > 0 && ?v < 10) }"""), "no published count is in 1..k-1");
        assertEquals(o.suppressedPrimary() + o.suppressedSecondary(), ask("""
                PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
                SELECT (COUNT(?o) AS ?n) { ?o sdmx-attribute:obsStatus <https://w3id.org/pravasi/code/obs-status/confidential> }"""));
    }

    @Test
    void aReplacementIsANewVersionAndTheOldOneIsArchived() {
        String csv = "district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n201,2024-Q2,legal-aid,15\n";
        assertEquals(1, publish(csv).versionNumber());
        PublishOutcome second = publish(csv.replace("15", "25"));
        assertEquals(2, second.versionNumber());
        assertEquals(
                2,
                ask("PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(?o) AS ?n) { ?o a qb:Observation }"),
                "only the current version is in the store");
        assertEquals(1, ask("""
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT (COUNT(*) AS ?n) { <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v1> dct:isReplacedBy <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v2> }"""));
        assertTrue(node.archive()
                .find("https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v1")
                .isPresent());
    }

    @Test
    @DisplayName(
            "a table whose withheld counts cannot be protected is refused, and the store and versions stay as they were")
    void aTableThatCannotBeProtectedIsRefusedAndChangesNothing() {
        assertEquals(
                1,
                publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n")
                        .versionNumber());
        // Every count small, so all are withheld; the outside totals of the lines without a total cell then fix the
        // supplied totals, whatever is withheld.
        StringBuilder csv = new StringBuilder("district,quarter,service,cases\n");
        for (String d : List.of("201", "214", "339")) {
            for (String q : List.of("2024-Q1", "2024-Q2")) {
                for (String s : List.of("legal-aid", "onorc")) {
                    csv.append(d).append(',').append(q).append(',').append(s).append(",3\n");
                }
            }
        }
        csv.append("201,2024-Q1,_T,6\n201,2024-Q2,_T,6\n214,2024-Q1,_T,6\n");

        assertRefusedAndUnchanged(csv.toString(), "cannot be protected");

        assertEquals(
                2,
                publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,14\n")
                        .versionNumber(),
                "the refused upload took no version number, and the first version was current until replaced");
    }

    @Test
    void aWithdrawnDatasetLeavesTheStoreButStaysInTheCatalogue() {
        publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n");
        assertTrue(node.publisher().withdraw(ORG, "legal-aid", "Counted twice.").withdrawn());
        assertEquals(
                0,
                ask("PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(?o) AS ?n) { ?o a qb:Observation }"));
        assertEquals(1, ask("""
                PREFIX pv: <https://w3id.org/pravasi/def#>
                SELECT (COUNT(*) AS ?n) { <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid> pv:withdrawn true }"""));
        assertFalse(
                node.publisher().withdraw(ORG, "legal-aid", "Counted twice.").withdrawn(), "nothing left to withdraw");
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefusedAndChangesNothing() {
        publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n");
        for (String blank : new String[] {null, "", "   \n"}) {
            long before = TestNode.quads(node);
            WithdrawOutcome o = node.publisher().withdraw(ORG, "legal-aid", blank);
            assertEquals(WithdrawOutcome.Status.REFUSED, o.status());
            assertTrue(
                    o.findings().getFirst().describe().contains("needs a reason"),
                    o.findings().toString());
            assertEquals(before, TestNode.quads(node), "a refused withdrawal changes nothing stored");
        }
    }

    @Test
    void aWithdrawalReasonWithPersonalDataIsRefusedAndChangesNothing() {
        publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n");
        long before = TestNode.quads(node);
        WithdrawOutcome o = node.publisher()
                .withdraw(
                        ORG,
                        "legal-aid",
                        "Complaint by Ramesh Kumar, call him on 9876543210 or ramesh.kumar@example.org.");
        assertEquals(WithdrawOutcome.Status.REFUSED, o.status());
        assertFalse(o.findings().isEmpty());
        assertFalse(o.findings().toString().contains("9876543210"), "findings mask what they found");
        assertEquals(before, TestNode.quads(node), "a refused withdrawal changes nothing stored");
        assertTrue(
                node.archive()
                        .find("https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v1")
                        .isEmpty(),
                "nothing archived");
    }

    @Test
    void aWithdrawalRecordsItsReasonAsAProvActivityOfThePublisher() {
        publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n");
        assertTrue(node.publisher()
                .withdraw(ORG, "legal-aid", "  Two quarters were counted twice.  ")
                .withdrawn());
        assertEquals(1, ask("""
                PREFIX dct: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid> {
                  <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid> prov:wasInvalidatedBy ?a .
                  <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v1> prov:wasInvalidatedBy ?a .
                  ?a a prov:Activity ; prov:wasAssociatedWith <https://w3id.org/pravasi/id/org/mrc-alliance> ;
                     prov:endedAtTime ?t ; dct:description "Two quarters were counted twice." } }"""));
    }

    @Test
    void aPublishAfterAWithdrawalIsANewVersionAndNeverReusesTheWithdrawnOnesUri() {
        publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n");
        assertTrue(node.publisher().withdraw(ORG, "legal-aid", "Counted twice.").withdrawn());
        PublishOutcome again = publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,14\n");
        assertEquals(2, again.versionNumber());
        assertEquals(0, ask("""
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT (COUNT(?o) AS ?n) { ?o qb:dataSet <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v1> }"""), "the withdrawn version stays out of the store");
        assertTrue(node.archive()
                .find("https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v1")
                .isPresent());
        assertEquals(0, ask("""
                PREFIX pv: <https://w3id.org/pravasi/def#>
                SELECT (COUNT(*) AS ?n) { <https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid> pv:withdrawn true }"""));
    }

    @Test
    void aReplacementRecordsWhichCodesAndPeriodsItAddedAndRemoved() {
        publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n201,2024-Q2,legal-aid,15\n");
        publish("district,quarter,service,cases\n201,2024-Q2,legal-aid,25\n201,2024-Q3,legal-aid,30\n");
        String v2 = "<https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v2>";
        assertEquals(
                1,
                ask("PREFIX pv: <https://w3id.org/pravasi/def#> SELECT (COUNT(*) AS ?n) { " + v2
                        + " pv:addedCode ?c FILTER(CONTAINS(STR(?c), \"2024-Q3\")) }"));
        assertEquals(
                1,
                ask("PREFIX pv: <https://w3id.org/pravasi/def#> SELECT (COUNT(*) AS ?n) { " + v2
                        + " pv:removedCode ?c FILTER(CONTAINS(STR(?c), \"2024-Q1\")) }"));
        assertEquals(
                2,
                ask("PREFIX pv: <https://w3id.org/pravasi/def#> SELECT (COUNT(*) AS ?n) { " + v2
                        + " ?p ?c FILTER(?p IN (pv:addedCode, pv:removedCode)) }"),
                "the district and the service did not change");
    }

    @Test
    void everyCommitIsAnnouncedAfterItIsVisible() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        node.bus().subscribe(e -> seen.add(e.kind() + " " + e.uri() + " " + ask("""
                PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(?o) AS ?n) { ?o a qb:Observation }""")));
        publish("district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n");
        node.publisher().withdraw(ORG, "legal-aid", "Counted twice.");
        assertEquals(
                List.of(
                        "PUBLISHED https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid 1",
                        "WITHDRAWN https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid 0"),
                seen);
    }

    @Test
    void aDryRunValidatesAndWritesNothing() {
        long before = TestNode.quads(node);
        // Katihar's 3 is withheld, with Purnia's 30 to protect it (a lone withheld cell would say "1 to 9" by itself).
        PublishOutcome o = publish(
                DESCRIPTOR,
                "district,quarter,service,cases\n201,2024-Q1,legal-aid,3\n214,2024-Q1,legal-aid,30\n",
                ORG,
                true);
        assertEquals(PublishOutcome.Status.VALID, o.status(), () -> o.findings().toString());
        assertEquals(1, o.suppressedPrimary());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void anotherOrganisationsKeyIsForbidden() {
        long before = TestNode.quads(node);
        PublishOutcome o =
                publish(DESCRIPTOR, "district,quarter,service,cases\n201,2024-Q1,legal-aid,30\n", "other-org", false);
        assertEquals(PublishOutcome.Status.FORBIDDEN, o.status());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void refusesAPhoneNumberInACell() {
        assertRefusedAndUnchanged("district,quarter,service,cases\n201,2024-Q1,call 9876543210,12\n", "phone");
    }

    @Test
    void refusesAColumnOfNames() {
        String descriptor = DESCRIPTOR.replace(
                "{\"name\": \"cases\"",
                "{\"name\": \"worker name\", \"role\": \"dimension\", \"codeList\": \"gender\"},\n {\"name\": \"cases\"");
        long before = TestNode.quads(node);
        PublishOutcome o = publish(
                descriptor,
                "district,quarter,service,worker name,cases\n201,2024-Q1,legal-aid,female,12\n",
                ORG,
                false);
        assertEquals(PublishOutcome.Status.REFUSED, o.status());
        assertTrue(
                o.findings().stream().anyMatch(f -> f.column().equals("worker name")),
                () -> o.findings().toString());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void refusesAnUnknownDistrictCode() {
        String code = TestNode.geo().isPresent() ? "9999" : "abc";
        assertRefusedAndUnchanged(
                "district,quarter,service,cases\n" + code + ",2024-Q1,legal-aid,12\n", "not a known district code");
    }

    @Test
    void refusesANotationFromAnotherCodeList() {
        assertRefusedAndUnchanged(
                "district,quarter,service,cases\n201,2024-Q1,wage-theft,12\n",
                "not a notation of the code list 'service-type'");
    }

    @Test
    void refusesAMalformedPeriod() {
        assertRefusedAndUnchanged("district,quarter,service,cases\n201,2024-Q5,legal-aid,12\n", "2024-Q5");
    }

    @Test
    void publishesFinancialYearsAsAprilToMarchPeriods() {
        String descriptor = DESCRIPTOR.replace(
                "{\"name\": \"quarter\", \"role\": \"period\", \"granularity\": \"quarter\"}",
                "{\"name\": \"year\", \"role\": \"period\", \"granularity\": \"financial-year\"}");
        PublishOutcome o = publish(
                descriptor,
                "district,year,service,cases\n201,FY2023-24,legal-aid,12\n201,FY2024-25,legal-aid,14\n",
                ORG,
                false);
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
        assertEquals(2, ask("""
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                PREFIX pv: <https://w3id.org/pravasi/def#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT (COUNT(DISTINCT ?p) AS ?n) {
                  ?o sdmx-dimension:refPeriod ?p .
                  ?p pv:granularity "financial-year" ; pv:periodStart ?s ; pv:periodEnd ?e .
                  FILTER (?p IN (<https://w3id.org/pravasi/id/period/FY2023-24>, <https://w3id.org/pravasi/id/period/FY2024-25>)
                          && MONTH(?s) = 4 && DAY(?s) = 1 && MONTH(?e) = 3 && DAY(?e) = 31)
                }"""));
    }

    @Test
    void refusesAFinancialYearWrittenAsTheWorkspaceReadsItButNotAsThePipelineWritesIt() {
        String descriptor = DESCRIPTOR.replace(
                "{\"name\": \"quarter\", \"role\": \"period\", \"granularity\": \"quarter\"}",
                "{\"name\": \"year\", \"role\": \"period\", \"granularity\": \"financial-year\"}");
        long before = TestNode.quads(node);
        PublishOutcome o = publish(descriptor, "district,year,service,cases\n201,2023-24,legal-aid,12\n", ORG, false);
        assertEquals(PublishOutcome.Status.REFUSED, o.status());
        assertTrue(
                o.findings().stream()
                        .anyMatch(f ->
                                f.describe().contains("2023-24") && f.describe().contains("FY2024-25")),
                () -> o.findings().stream().map(Finding::describe).toList().toString());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void refusesAFinancialYearInAQuarterColumn() {
        assertRefusedAndUnchanged("district,quarter,service,cases\n201,FY2023-24,legal-aid,12\n", "FY2023-24");
    }

    @Test
    void refusesDuplicateKeys() {
        assertRefusedAndUnchanged(
                "district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n201,2024-Q1,legal-aid,13\n",
                "appears more than once");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertRefusedAndUnchanged("district,quarter,service,cases\n201,\"2024-Q1,legal-aid,12\n", "cannot be parsed");
    }

    @Test
    void refusesANegativeCount() {
        assertRefusedAndUnchanged("district,quarter,service,cases\n201,2024-Q1,legal-aid,-4\n", "whole number");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        long before = TestNode.quads(node);
        byte[] latin1 = "district,quarter,service,cases\n201,2024-Q1,legal-aid,12\n# caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        ORG, "d.json", DESCRIPTOR.getBytes(StandardCharsets.UTF_8), "f.csv", latin1, false));
        assertEquals(PublishOutcome.Status.REFUSED, o.status());
        assertTrue(
                o.findings().getFirst().problem().contains("not UTF-8"),
                () -> o.findings().toString());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void acceptsAByteOrderMarkAndCrlf() {
        PublishOutcome o = publish(
                "\uFEFFdistrict,quarter,service,cases\r\n201,2024-Q1,legal-aid,12\r\n\"201\",\"2024-Q2\",\"legal-aid\",\"1,200\"\r\n");
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
        assertEquals(2, o.observations());
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        PublishOutcome o = publish("district,quarter,service,cases\nabc,2024-Q9,nothing,x\n");
        assertTrue(
                o.findings().stream().filter(Finding::isError).count() >= 2,
                () -> o.findings().toString());
        List<String> lines = o.findings().stream().map(Finding::describe).toList();
        assertTrue(lines.stream().allMatch(l -> l.contains("f.csv") && l.contains("Fix:")), lines::toString);
    }
}
