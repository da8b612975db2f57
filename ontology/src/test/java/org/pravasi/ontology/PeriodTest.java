package org.pravasi.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
    @Test
    void parsesAYear() {
        Period p = Period.parse("2024", Granularity.YEAR);
        assertEquals(new Period("2024", Granularity.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), p);
        assertEquals("https://w3id.org/pravasi/id/period/2024", p.uri());
        assertEquals("2024", p.label());
    }

    @Test
    void parsesAQuarter() {
        Period p = Period.parse("2024-Q1", "quarter");
        assertEquals(LocalDate.of(2024, 1, 1), p.start());
        assertEquals(LocalDate.of(2024, 3, 31), p.end());
        assertEquals("2024 Q1", p.label());
        assertEquals("2024 की पहली तिमाही", p.label("hi"));
        assertEquals(
                LocalDate.of(2024, 12, 31),
                Period.parse("2024-Q4", Granularity.QUARTER).end());
    }

    @Test
    void parsesAMonthIncludingTheLeapDay() {
        Period p = Period.parse("2024-02", Granularity.MONTH);
        assertEquals(LocalDate.of(2024, 2, 29), p.end());
        assertEquals("February 2024", p.label());
        assertEquals("फ़रवरी 2024", p.label("hi"));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-Q5 | quarter | "2024-Q5": quarter must be Q1–Q4, as in 2024-Q1
            2024-Q0 | quarter | "2024-Q0": quarter must be Q1–Q4, as in 2024-Q1
            2024-q1 | quarter | "2024-q1": write the Q of a quarter as a capital letter, as in 2024-Q1
            2024    | quarter | "2024": a quarter period is written YYYY-Qn, as in 2024-Q1
            2024-13 | month   | "2024-13": month must be 01–12, as in 2024-03
            2024-3  | month   | "2024-3": write the month with two digits, as in 2024-03
            March   | month   | "March": a month period is written YYYY-MM, as in 2024-03
            2024-Q1 | year    | "2024-Q1": a year period is written YYYY, as in 2024
            24      | year    | "24": a year period is written YYYY, as in 2024
            1850    | year    | "1850": year must be between 1900 and 2100
            """)
    void refusesMalformedPeriodsWithAPreciseMessage(String text, String granularity, String message) {
        PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parse(text, granularity));
        assertEquals(message, e.getMessage());
    }

    @Test
    void refusesAnEmptyPeriodAndAnUnknownGranularity() {
        assertEquals(
                "period is empty: write a month as in 2024-03",
                assertThrows(PeriodFormatException.class, () -> Period.parse(" ", Granularity.MONTH))
                        .getMessage());
        assertEquals(
                "\"week\" is not a granularity: use year, quarter, month or financial-year",
                assertThrows(PeriodFormatException.class, () -> Period.parse("2024-W01", "week"))
                        .getMessage());
    }

    @Test
    void describesItselfAsAPeriodThatTheShapesAccept() {
        Model model = ModelFactory.createDefaultModel();
        Resource r = Period.parse("2024-03", Granularity.MONTH).addTo(model);
        assertTrue(r.hasProperty(PV.granularity, "month"));
        assertTrue(Ontology.load().validate(model.getGraph()).conforms());
    }

    @Test
    void parsesAFinancialYearFromAprilToMarch() {
        Period p = Period.parse("FY2023-24", Granularity.FINANCIAL_YEAR);
        assertEquals(
                new Period(
                        "FY2023-24", Granularity.FINANCIAL_YEAR, LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                p);
        assertEquals("https://w3id.org/pravasi/id/period/FY2023-24", p.uri());
        assertEquals("FY 2023–24", p.label());
        assertEquals("वित्त वर्ष 2023–24", p.label("hi"));
        assertEquals("FY1999-00", Period.parse("FY1999-00", "financial-year").notation());
        assertEquals(LocalDate.of(2000, 3, 31), Period.parse("FY1999-00", "fy").end());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-24    | "2023-24": a financial-year period is written FYYYYY-YY, as in FY2024-25
            FY2023-25  | "FY2023-25": a financial year runs April to March of the next year, so FY2023 is followed by 24, as in FY2024-25
            FY2023-2024 | "FY2023-2024": a financial-year period is written FYYYYY-YY, as in FY2024-25
            fy2023-24  | "fy2023-24": write the FY of a financial year in capital letters, as in FY2024-25
            FY1850-51  | "FY1850-51": year must be between 1900 and 2100
            """)
    void refusesMalformedFinancialYearsWithAPreciseMessage(String text, String message) {
        PeriodFormatException e =
                assertThrows(PeriodFormatException.class, () -> Period.parse(text, Granularity.FINANCIAL_YEAR));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aFinancialYearIsNotAcceptedWhereAnotherGranularityIsDeclared() {
        assertThrows(PeriodFormatException.class, () -> Period.parse("FY2023-24", Granularity.YEAR));
        assertThrows(PeriodFormatException.class, () -> Period.parse("FY2023-24", Granularity.MONTH));
        assertThrows(PeriodFormatException.class, () -> Period.parse("FY2023-24", Granularity.QUARTER));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({"2024,year", "2024-Q2,quarter", "2024-03,month", "FY2024-25,financial-year"})
    void tellsTheGranularityOfANotationFromItsForm(String notation, String granularity) {
        Period p = Period.of(notation).orElseThrow();
        assertEquals(Granularity.of(granularity), p.granularity());
        assertEquals(notation, p.notation());
    }

    @ParameterizedTest
    @CsvSource({"2024-Q5", "2024-13", "FY2024-26", "2023-24", "24", "week-1", "fy2024-25", "2024-q1", "1850", "''"})
    void aNotationOfNoGranularityIsNoPeriod(String notation) {
        assertTrue(Period.of(notation).isEmpty());
    }

    @Test
    void aFinancialYearDescribesItselfAsAPeriodThatTheShapesAccept() {
        Model model = ModelFactory.createDefaultModel();
        Resource r = Period.parse("FY2024-25", Granularity.FINANCIAL_YEAR).addTo(model);
        assertTrue(r.hasProperty(PV.granularity, "financial-year"));
        assertTrue(Ontology.load().validate(model.getGraph()).conforms());
    }
}
