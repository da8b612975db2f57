package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pravasi.ontology.Granularity;
import org.pravasi.registry.workspace.Reconciled.Status;

/** Periods as partners write them, to the pipeline's period notations. */
class PeriodReconcilerTest {
    private final PeriodReconciler periods = new PeriodReconciler();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Q1 2024|2024-Q1",
                "2024 Q3|2024-Q3",
                "Apr–Jun 2024|2024-Q2",
                "April-June 2024|2024-Q2",
                "oct - dec, 2023|2023-Q4",
                "Jan 2024|2024-01",
                "2024-01|2024-01",
                "03/2024|2024-03",
                "जनवरी 2024|2024-01",
                "सितम्बर 2023|2023-09",
                "2024|2024",
                "Jan 2024 - Mar 2024|2024-Q1",
                "Q2 २०२४|2024-Q2",
                "April 2023 - March 2024|FY2023-24",
                "Apr 2023 to Mar 2024|FY2023-24"
            })
    void resolvesToThePipelinesNotation(String written, String notation) {
        Reconciled r = periods.period(written);
        assertEquals(Status.RESOLVED, r.status(), r::toString);
        assertEquals(notation, r.match().get().id());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-24",
                "FY 2023-24",
                "FY2023-2024",
                "fy 2023/24",
                "F.Y. 2023-24",
                "Financial Year 2023–24",
                "वित्त वर्ष 2023-24",
                "वित्तीय वर्ष २०२३-२४"
            })
    void resolvesAFinancialYearToItsAprilToMarchPeriod(String written) {
        Reconciled r = periods.period(written);
        assertEquals(Status.RESOLVED, r.status(), r::toString);
        assertEquals("FY2023-24", r.match().get().id());
        assertTrue(r.match().get().label().contains("2023-04-01 to 2024-03-31"), r::toString);
        assertEquals(
                Granularity.FINANCIAL_YEAR,
                PeriodReconciler.granularity(r.match().get().id()));
    }

    @Test
    void yearsThatDoNotFollowEachOtherAreNoFinancialYear() {
        Reconciled r = periods.period("2023-25");
        assertEquals(Status.UNRESOLVED, r.status());
        assertTrue(r.candidates().isEmpty(), r::toString);
    }

    @Test
    void aFinancialYearThatIsAlsoAMonthIsAmbiguousBetweenTheTwo() {
        Reconciled r = periods.period("2011-12");
        assertEquals(Status.AMBIGUOUS, r.status());
        assertEquals(
                List.of("2011-12", "FY2011-12"),
                r.candidates().stream().map(Candidate::id).toList());
    }

    @ParameterizedTest
    @CsvSource({"2024,year", "2024-Q2,quarter", "2024-03,month", "FY2024-25,financial-year"})
    void tellsTheGranularityOfEachNotationItProduces(String notation, String granularity) {
        assertEquals(Granularity.of(granularity), PeriodReconciler.granularity(notation));
    }

    @Test
    void monthsThatAreNotAQuarterAreNotResolved() {
        assertEquals(Status.UNRESOLVED, periods.period("Feb-Apr 2024").status());
    }

    @Test
    void aRangeOverTwoYearsIsNotAQuarter() {
        assertEquals(Status.UNRESOLVED, periods.period("Jan 2023 - Mar 2024").status());
    }

    @Test
    void aDateIsOnlySuggestedAsItsMonth() {
        Reconciled r = periods.period("2024-04-01");
        assertEquals(Status.UNRESOLVED, r.status());
        assertEquals("2024-04", r.candidates().get(0).id());
    }

    @Test
    void aValueLongerThanAnyPeriodIsAnsweredAtOnceNotMatched() {
        Reconciled r = periods.period("2024" + " ".repeat(200) + "q1" + "-".repeat(5_000));
        assertEquals(Reconciled.Status.UNRESOLVED, r.status());
        assertTrue(r.reason().contains("no period is longer than 100"), r::reason);
    }
}
