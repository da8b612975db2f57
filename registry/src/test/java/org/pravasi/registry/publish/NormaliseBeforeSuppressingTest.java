package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.PublishedTable;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/**
 * Disclosure control sees keys as they will be published: two spellings of one code are one code to suppression, and
 * two rows that become the same observation once codes are normalised are refused.
 */
class NormaliseBeforeSuppressingTest {
    private static final String DESCRIPTOR = """
            {"slug": "by-sex", "publisher": "mrc-alliance", "title": "Cases by sex", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "year", "role": "period", "granularity": "year"},
                         {"name": "sex", "role": "dimension", "codeList": "gender"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    private static final String QUARTERLY = DESCRIPTOR.replace(
            "\"year\", \"role\": \"period\", \"granularity\": \"year\"",
            "\"year\", \"role\": \"period\", \"granularity\": \"quarter\"");

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("normalising-org");

    /** The class's node. */
    RegistryNode node;

    /** This test's publisher. */
    String org;

    @BeforeEach
    void publisher() {
        node = SHARED.node();
        org = SHARED.org();
    }

    private PublishOutcome publish(String descriptor, String csv) {
        return node.publisher()
                .publish(new PublishRequest(
                        org,
                        "d.json",
                        descriptor
                                .replace("\"publisher\": \"mrc-alliance\"", "\"publisher\": \"" + org + "\"")
                                .getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        false));
    }

    @Test
    void aDistrictWrittenWithALeadingZeroIsTheSameDistrictToSuppression() {
        PublishOutcome o =
                publish(DESCRIPTOR, "district,year,sex,cases\n62,2024,female,7\n062,2024,male,40\n062,2024,_T,47\n");
        assertNothingDerivable(o);
    }

    @Test
    void twoRowsThatAreOneObservationOncePublishedAreRefusedNamingBoth() {
        long before = TestNode.quads(node);
        PublishOutcome o = publish(DESCRIPTOR, "district,year,sex,cases\n62,2024,female,7\n062,2024,female,40\n");
        assertEquals(PublishOutcome.Status.REFUSED, o.status());
        Finding f = o.findings().stream()
                .filter(x -> x.describe().contains("same observation"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(o.findings().toString()));
        assertTrue(f.describe().contains("line 2") && f.describe().contains("line 3"), f.describe());
        assertTrue(f.describe().contains("'62'") && f.describe().contains("'062'"), f.describe());
        assertEquals(before, TestNode.quads(node), "a refused upload changes nothing stored");
    }

    @Test
    void twoColumnsPublishedAsOneDimensionAreRefused() {
        String twice = DESCRIPTOR.replace(
                "{\"name\": \"cases\"",
                "{\"name\": \"sex2\", \"role\": \"dimension\", \"codeList\": \"gender\"},\n {\"name\": \"cases\"");
        long before = TestNode.quads(node);
        PublishOutcome o =
                publish(twice, "district,year,sex,sex2,cases\n62,2024,female,male,7\n62,2024,male,female,40\n");
        assertEquals(PublishOutcome.Status.REFUSED, o.status());
        assertTrue(
                o.findings().stream().anyMatch(f -> f.describe().contains("'sex' and 'sex2' are both published as")),
                o.findings()::toString);
        assertEquals(before, TestNode.quads(node));
    }

    /** Two spellings of one key cell, each class of normalisation the pipeline might apply. */
    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("leading zeros (district)", DESCRIPTOR, "62,2024,female", "062,2024"),
                Arguments.of("several leading zeros (district)", DESCRIPTOR, "62,2024,female", "0062,2024"),
                Arguments.of("ASCII spaces around a code", DESCRIPTOR, "\" 62 \",2024,female", "62,2024"),
                Arguments.of("tab before a code", DESCRIPTOR, "\"\t62\",2024,female", "62,2024"),
                Arguments.of("Unicode space after a year", DESCRIPTOR, "62,2024\u2003,female", "62,2024"),
                Arguments.of("ideographic space before a year", DESCRIPTOR, "62,\u30002024,female", "62,2024"),
                Arguments.of("no-break space after a district", DESCRIPTOR, "62\u00a0,2024,female", "62,2024"),
                Arguments.of("full-width digits (NFKC folds them)", DESCRIPTOR, "\uff16\uff12,2024,female", "62,2024"),
                Arguments.of("full-width year", DESCRIPTOR, "62,\uff12\uff10\uff12\uff14,female", "62,2024"),
                Arguments.of("Arabic-Indic digits", DESCRIPTOR, "\u0666\u0662,2024,female", "62,2024"),
                Arguments.of("Devanagari digits", DESCRIPTOR, "\u096c\u0968,2024,female", "62,2024"),
                Arguments.of("upper-case notation", DESCRIPTOR, "62,2024,Female", "62,2024"),
                Arguments.of("full-width notation", DESCRIPTOR, "62,2024,\uff46emale", "62,2024"),
                Arguments.of("decomposed-looking notation (NFD)", DESCRIPTOR, "62,2024,fe\u0301male", "62,2024"),
                Arguments.of("zero-width space in a notation", DESCRIPTOR, "62,2024,fe\u200bmale", "62,2024"),
                Arguments.of("year as a date", DESCRIPTOR, "62,2024-01-01,female", "62,2024"),
                Arguments.of("year with a leading zero", DESCRIPTOR, "62,02024,female", "62,2024"),
                Arguments.of("lower-case quarter", QUARTERLY, "62,2024-q1,female", "62,2024-Q1"),
                Arguments.of("quarter with a leading zero", QUARTERLY, "62,2024-Q01,female", "62,2024-Q1"),
                Arguments.of("quarter with a space", QUARTERLY, "62,2024 Q1,female", "62,2024-Q1"),
                Arguments.of("Unicode space after a quarter", QUARTERLY, "62,2024-Q1\u2003,female", "62,2024-Q1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void noSpellingOfAKeyLetsAWithheldCellBeWorkedOut(
            String what, String descriptor, String smallRow, String otherKey) {
        String csv = "district,year,sex,cases\n" + smallRow + ",7\n" + otherKey + ",male,40\n" + otherKey + ",_T,47\n";
        assertNothingDerivable(publish(descriptor, csv));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void noSpellingOfAKeyPublishesTwoObservationsWithOneKey(
            String what, String descriptor, String smallRow, String otherKey) {
        String female = smallRow.substring(smallRow.lastIndexOf(',') + 1);
        String csv = "district,year,sex,cases\n" + smallRow + ",7\n" + otherKey + "," + female + ",40\n";
        PublishOutcome o = publish(descriptor, csv);
        if (o.status() == PublishOutcome.Status.PUBLISHED) {
            assertFalse(
                    PublishedTable.read(node, o.version()).hasRepeatedKeys(),
                    () -> what + ": two observations share a key");
        }
    }

    private void assertNothingDerivable(PublishOutcome o) {
        if (o.status() == PublishOutcome.Status.REFUSED) {
            assertTrue(o.findings().stream().anyMatch(Finding::isError), o.findings()::toString);
            return;
        }
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.findings()::toString);
        PublishedTable published = PublishedTable.read(node, o.version());
        assertFalse(published.hasRepeatedKeys(), "two observations share a key: " + published.cells());
        assertTrue(published.withheld().cardinality() > 0, "the 7 is withheld");
        assertTrue(
                published.derivable().isEmpty(),
                () -> "withheld cells can be worked out from the published table: "
                        + published.derivable().stream()
                                .mapToObj(i -> published.cells().get(i).key())
                                .toList() + " in " + published.cells());
    }
}
