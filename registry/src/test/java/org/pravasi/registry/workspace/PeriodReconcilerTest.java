package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                "Q2 २०२४|2024-Q2"
            })
    void resolvesToThePipelinesNotation(String written, String notation) {
        Reconciled r = periods.period(written);
        assertEquals(Status.RESOLVED, r.status(), r::toString);
        assertEquals(notation, r.match().get().id());
    }

    @ParameterizedTest
    @CsvSource({"2023-24", "FY 2023-24", "FY2023-2024"})
    void recognisesAFinancialYearButDoesNotPublishItAsACalendarPeriod(String written) {
        Reconciled r = periods.period(written);
        assertEquals(Status.UNRESOLVED, r.status());
        assertTrue(r.reason().contains("2023-04-01 to 2024-03-31"), r::toString);
        assertTrue(r.reason().contains("2023-Q2 to 2024-Q1"), r::toString);
    }

    @Test
    void aFinancialYearThatIsAlsoAMonthIsAmbiguous() {
        Reconciled r = periods.period("2011-12");
        assertEquals(Status.AMBIGUOUS, r.status());
        assertEquals("2011-12", r.candidates().get(0).id());
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
}
