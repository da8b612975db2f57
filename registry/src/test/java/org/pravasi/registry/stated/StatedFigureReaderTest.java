package org.pravasi.registry.stated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which numbers in a text are figures of the organisation's measures, and what each speaks of (docs/disclosure.md,
 * "Figures stated in text"): the words of places and categories come from the tables, periods from the text.
 */
class StatedFigureReaderTest {
    private static final String KATIHAR = "https://w3id.org/pravasi/id/district/201";
    private static final String PURNIA = "https://w3id.org/pravasi/id/district/214";
    private static final String BIHAR = "https://w3id.org/pravasi/id/state/10";
    private static final String WAGE_THEFT = "https://w3id.org/pravasi/code/violation-type/wage-theft";
    private static final String FEMALE = "https://w3id.org/pravasi/code/gender/female";

    private static final String GAYA = "https://w3id.org/pravasi/id/district/196";
    private static final String MALE = "https://w3id.org/pravasi/code/gender/male";

    private static final FigureTerms TERMS = FigureTerms.builder(Set.of("cases", "individuals"))
            .area(KATIHAR, List.of("KATIHAR", "कटिहार"))
            .area(GAYA, List.of("GAYA", "गया"))
            .within(KATIHAR, BIHAR)
            .within(PURNIA, BIHAR)
            .within(GAYA, BIHAR)
            .area(PURNIA, List.of("PURNIA", "Purnea", "पूर्णिया"))
            .area(BIHAR, List.of("BIHAR", "बिहार"))
            .category(WAGE_THEFT, List.of("Wage theft", "Unpaid wages", "मज़दूरी की चोरी"))
            .category(FEMALE, List.of("Female", "महिला"))
            .category(MALE, List.of("Male", "पुरुष"))
            .build();

    private static List<StatedFigure> read(String text) {
        return StatedFigureReader.read(text, TERMS, Set.of(), List.of()).figures();
    }

    /** The readings of the one number of {@code text}: its value, and each scope it may have. */
    private static List<StatedFigure> readings(String text, long value) {
        List<StatedFigure> found =
                read(text).stream().filter(f -> f.value() == value).toList();
        assertFalse(found.isEmpty(), () -> text + ": " + read(text));
        return found;
    }

    private static StatedFigure only(String text) {
        List<StatedFigure> found = read(text);
        assertEquals(1, found.size(), () -> text + ": " + found);
        return found.getFirst();
    }

    private static Dates quarter(int year, int q) {
        return Dates.months(year, 3 * q - 2, 3);
    }

    @Test
    void aFigureWithItsPlacePeriodAndCategory() {
        StatedFigure f = only("In Katihar we handled 45 wage-theft cases in 2024-Q1, most from brick kilns.");
        assertEquals(45, f.value());
        assertEquals("45 wage-theft cases", f.phrase());
        assertEquals(Set.of("cases"), f.measures());
        assertEquals(Set.of(KATIHAR), f.areas());
        assertEquals(List.of(quarter(2024, 1)), f.periods());
        assertEquals(Set.of(WAGE_THEFT), f.categories());
        assertFalse(f.change());
    }

    @Test
    void periodsAsPeopleWriteThem() {
        assertEquals(
                List.of(quarter(2024, 1)),
                only("Katihar: 45 cases in the first quarter of 2024.").periods());
        assertEquals(
                List.of(quarter(2024, 3)), only("Katihar: 45 cases in Q3 2024.").periods());
        assertEquals(
                List.of(Dates.months(2024, 1, 6)),
                only("Katihar recorded 40 cases in the first half of 2024.").periods());
        assertEquals(
                List.of(Dates.months(2024, 4, 12)),
                only("Katihar: 45 cases in FY2024-25.").periods());
        assertEquals(
                List.of(Dates.months(2024, 3, 1)),
                only("Katihar: 45 cases in March 2024.").periods());
        assertEquals(
                List.of(Dates.months(2024, 1, 3)),
                only("Katihar: 45 cases from January to March 2024.").periods());
        assertEquals(
                List.of(Dates.months(2024, 1, 12)),
                only("In 2024, Katihar recorded 45 cases.").periods());
        assertEquals(
                List.of(new Dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))),
                only("कटिहार में 2024 की पहली तिमाही में 45 मामले दर्ज हुए।").periods());
    }

    @Test
    void eachClauseKeepsItsOwnPlaceAndReadsTheOnesBefore() {
        List<StatedFigure> found = read("In Katihar we handled 45 wage-theft cases, in Purnia 30.");
        assertEquals(
                List.of(Set.of(KATIHAR)),
                found.stream()
                        .filter(f -> f.value() == 45)
                        .map(StatedFigure::areas)
                        .toList());
        // 30 is Purnia's, or (read as an attacker may) Katihar's: each reading is checked.
        List<Set<String>> thirty = found.stream()
                .filter(f -> f.value() == 30)
                .map(StatedFigure::areas)
                .toList();
        assertEquals(Set.of(PURNIA), thirty.getFirst(), "the nearest place first");
        assertTrue(thirty.contains(Set.of(KATIHAR)), thirty::toString);
        assertTrue(found.stream().allMatch(f -> f.categories().equals(Set.of(WAGE_THEFT))), "the category before it");
    }

    @Test
    void aNumberEndingItsClauseIsAFigureWhereTheSentenceCountsSomething() {
        StatedFigure f = only("Wage-theft cases in Katihar in 2024-Q1 numbered 3.");
        assertEquals(3, f.value());
        assertEquals(Set.of(KATIHAR), f.areas());
        assertEquals(Set.of(WAGE_THEFT), f.categories());
        assertEquals(3, only("Katihar, wage theft, 2024-Q1: 3 cases").value());
    }

    @Test
    void hindiFiguresAndPlaces() {
        StatedFigure f = only("कटिहार में 2024-Q1 में मज़दूरी की चोरी के 45 मामले दर्ज हुए।");
        assertEquals(45, f.value());
        assertEquals(Set.of(KATIHAR), f.areas());
        assertEquals(Set.of(WAGE_THEFT), f.categories());
        assertEquals(Set.of("cases"), f.measures());
    }

    @Test
    void wordsForPeopleCountInEveryMeasureAndWomenAreACategory() {
        // Cases, calls and registrations are of people: "45 men" in a table of cases is Katihar's men.
        StatedFigure f = only("We supported 1,245 women from Purnea in 2023.");
        assertEquals(1245, f.value());
        assertEquals(Set.of("cases", "individuals"), f.measures());
        assertEquals(Set.of(PURNIA), f.areas(), "a common spelling names the district");
        assertEquals(Set.of(FEMALE), f.categories());
    }

    @Test
    void aStoryDistrictStandsInWhereTheSentenceNamesNoPlace() {
        List<StatedFigure> found = StatedFigureReader.read(
                        "We handled 45 cases in 2024-Q1.", TERMS, Set.of(PURNIA), List.of())
                .figures();
        assertEquals(Set.of(PURNIA), found.getFirst().areas());
    }

    @Test
    void aChangeIsNotACount() {
        assertTrue(only("Cases of women in Katihar in 2024-Q1 went up by 2.").change());
        assertTrue(only("Katihar recorded 2 more cases than reported.").change());
    }

    @Test
    void aDeclaredPhraseIsMarked() {
        List<StatedFigure> found = StatedFigureReader.read(
                        "In Katihar, 3 cases of women were recorded in 2024-Q1.",
                        TERMS,
                        Set.of(),
                        List.of("3 cases of women"))
                .figures();
        assertTrue(found.getFirst().declared());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "About 45 cases in Katihar came from brick kilns.",
                "More than 45 cases in Katihar came from brick kilns.",
                "Up to 45 cases a month reach the centre.",
                "45+ cases reached the centre.",
                "कटिहार में 45 से अधिक मामले दर्ज हुए।",
                "Wages rose 6.1 per cent in 2024 across cases.",
                "Rs. 9,876 was recovered in these cases.",
                "₹9,876 was recovered across the cases.",
                "Workers in 12 districts brought cases.",
                "Across 23 camps we heard cases.",
                "Section 3 of the Act covers these cases.",
                "1 in 3 cases involved debt.",
                "On 12 March 2024 the cases were heard.",
                "Girls aged 16-17 were among the cases.",
                "3 lakh cases are pending nationally.",
                "The alliance has handled cases since 2019.",
            })
    void notFigures(String text) {
        List<StatedFigure> found = read(text);
        assertTrue(found.isEmpty(), () -> text + ": " + found);
    }

    @Test
    void aSentenceWithoutACountingWordStatesNothing() {
        assertTrue(read("In Katihar, 45 workers' collectives met in 2024-Q1.").stream()
                .allMatch(f -> f.measures().contains("individuals")));
        assertTrue(StatedFigureReader.read(
                        "In Katihar we handled 45 cases.",
                        FigureTerms.measuresOnly(Set.of("calls")),
                        Set.of(),
                        List.of())
                .figures()
                .isEmpty());
    }

    // Review 40: scopes that widened into a known line, words that named no measure, layouts that cut the scope away.

    @Test
    void aStateBesideItsDistrictQualifiesIt() {
        for (String text : List.of(
                "In Katihar (Bihar), we handled 45 cases of men in 2024-Q1.",
                "In Katihar district of Bihar we handled 45 cases of men in 2024-Q1.")) {
            assertEquals(
                    List.of(Set.of(KATIHAR)),
                    readings(text, 45).stream().map(StatedFigure::areas).toList(),
                    text);
        }
    }

    @Test
    void severalPlacesAreReadEachAloneAndTogether() {
        List<Set<String>> areas =
                readings("In 2024-Q1 we handled 45 cases of men in Katihar and 30 in Purnia.", 45).stream()
                        .map(StatedFigure::areas)
                        .toList();
        assertTrue(areas.contains(Set.of(KATIHAR)) && areas.contains(Set.of(PURNIA)), areas::toString);
        assertFalse(readings("We handled 45 and 30 cases of men in Katihar and Purnia respectively.", 45)
                .isEmpty());
    }

    @Test
    void wordsThatNameACountOfAnyMeasure() {
        assertEquals(
                Set.of(PURNIA),
                only("Version 2: Purnia's trafficking count for 2024-Q1 is 12.").areas());
        List<StatedFigure> both = read("Withdrawn: Katihar's wage-theft figure for 2024-Q1 should read 47, not 45.");
        assertEquals(List.of(47L, 45L), both.stream().map(StatedFigure::value).toList(), both::toString);
        assertEquals(
                45,
                only("In Katihar in 2024-Q1 we recorded 45 incidents of wage theft.")
                        .value());
        assertEquals(
                Set.of("cases", "individuals"),
                only("In Katihar we assisted 45 men in 2024-Q1.").measures());
        assertEquals(
                45, only("कटिहार में 2024-Q1 में पुरुषों के 45 केस दर्ज हुए।").value());
        assertTrue(only("Version 2: after a late report, Katihar's count of women for 2024-Q1 went up by 2.")
                .change());
    }

    @Test
    void aMarkdownTableRowIsOneSentenceWithItsHeader() {
        StatedFigure f = only("| District | Quarter | Cases |\n| Katihar | 2024-Q1 | 45 |");
        assertEquals(Set.of(KATIHAR), f.areas());
        assertEquals(List.of(quarter(2024, 1)), f.periods());
    }

    @Test
    void aListItemKeepsItsOwnPlace() {
        StatedFigure f = only("Our centres:\n- Katihar: 45 cases of men in 2024-Q1\n- Purnia: a new office opened");
        assertEquals(Set.of(KATIHAR), f.areas());
        assertEquals(
                Set.of(KATIHAR),
                only("In Katihar from Jan. to Mar. 2024 we handled 45 cases of men.")
                        .areas());
    }

    @Test
    void rangesAreNoFiguresButCorrectionsAre() {
        assertTrue(read("Sexual-violence counts are small (often 0 to 4 in a quarter) in Katihar.")
                .isEmpty());
        assertEquals(
                45,
                only("Katihar's count of men for 2024-Q1 was corrected from 43 to 45.")
                        .value());
        assertEquals(45, only("Katihar's count of men for 2024-Q1 stood at 45.").value());
        assertEquals(47, only("Katihar's count of men for 2024-Q1 rose to 47.").value());
        assertEquals(
                45,
                only("In Katihar, wage theft in 2024-Q1 came to a total of 45.").value());
    }

    @Test
    void aListItemReadsWithTheLineLeadingIntoIt() {
        StatedFigure f = only("In 2024-Q1 our Katihar centre handled:\n- 45 cases of men\n- a new office opening");
        assertEquals(Set.of(KATIHAR), f.areas());
        assertEquals(List.of(quarter(2024, 1)), f.periods());
    }

    @Test
    void aSentenceReadsWithTheHeadingAboveIt() {
        // Review 40b: the heading names the place and period; the sentences under it name none.
        for (String text : List.of(
                "## Katihar, 2024-Q1\n\nAt the brick kilns, we handled 45 cases of men.",
                "Katihar, 2024-Q1\n\nAt the brick kilns, we handled 45 cases of men.")) {
            StatedFigure f = only(text);
            assertEquals(Set.of(KATIHAR), f.areas(), text);
            assertEquals(List.of(quarter(2024, 1)), f.periods(), text);
        }
        // A place the sentence's own clause names comes first.
        assertEquals(
                Set.of(PURNIA),
                only("## Katihar, 2024-Q1\n\nIn Purnia we handled 42 cases.").areas());
    }

    @Test
    void everyItemOfAStorysListReadsWithItsLeadInAndHeadingsNest() {
        // Review 41c: the first item, a short line, was read as a heading and cleared the lead-in for the rest.
        List<StatedFigure> items =
                read("In 2024-Q1 our Katihar centre handled:\n\n45 cases of men\n\n3 cases of women");
        assertEquals(2, items.size(), items::toString);
        items.forEach(f -> assertEquals(Set.of(KATIHAR), f.areas(), f::toString));
        items.forEach(f -> assertEquals(List.of(quarter(2024, 1)), f.periods(), f::toString));
        StatedFigure nested = only("## Purnia\n\n### 2024-Q1\n\nWe handled 42 cases.");
        assertEquals(Set.of(PURNIA), nested.areas());
        assertEquals(List.of(quarter(2024, 1)), nested.periods());
        // A heading's period without an end places nothing: the sentence's own period stands.
        assertEquals(
                List.of(quarter(2024, 1)),
                only("## Katihar since July 2023\n\nIn 2024-Q1 we handled 45 cases of men.")
                        .periods());
    }

    @Test
    void aStorysListItemsWithoutTheirMarkersReadWithTheirLeadIn() {
        // A story's page shows "- 45 cases of men" as a paragraph of its own: no marker is left to read.
        StatedFigure f = only("In 2024-Q1 our Katihar centre handled:\n\n45 cases of men\n\na new office opening");
        assertEquals(Set.of(KATIHAR), f.areas());
        assertEquals(List.of(quarter(2024, 1)), f.periods());
    }

    @Test
    void morePeriodsAsIndianNgosWriteThem() {
        assertEquals(
                List.of(Dates.months(2024, 4, 3)),
                only("Katihar: 45 cases in Q1 2024-25.").periods());
        assertEquals(
                List.of(quarter(2024, 1)),
                only("Katihar: 45 cases in Q1 of 2024.").periods());
        assertEquals(
                List.of(quarter(2024, 1)),
                only("Katihar: 45 cases in the 1st qtr 2024.").periods());
        assertEquals(
                List.of(quarter(2024, 1)),
                only("Katihar: 45 cases in the quarter ending March 2024.").periods());
        assertEquals(
                List.of(Dates.months(2024, 4, 12)),
                only("Katihar: 45 cases from April 2024 to March 2025.").periods());
        assertEquals(
                List.of(Dates.UNPLACED),
                only("Katihar: 45 cases since July 2024.").periods());
        assertEquals(
                List.of(Dates.months(2024, 4, 3)),
                only("Katihar: 45 cases in the first quarter of 2024-25.").periods());
        assertEquals(
                List.of(Dates.months(2024, 4, 3)),
                only("Katihar: 45 cases in Q1 FY25.").periods());
        assertEquals(
                List.of(quarter(2024, 1)),
                only("Between January and March 2024, Katihar recorded 45 cases.")
                        .periods());
        assertTrue(readings("In 2024, the first quarter saw 45 cases in Katihar.", 45).stream()
                .anyMatch(f -> f.periods().equals(List.of(quarter(2024, 1)))));
        // An open period beside a closed one leaves the closed one.
        assertTrue(
                readings("Since 2019 our Katihar centre has taken up cases; in 2024-Q1 alone, 45 cases.", 45).stream()
                        .anyMatch(f -> f.periods().equals(List.of(quarter(2024, 1)))));
    }

    @Test
    void ordinarySentencesKeepTheirMeaning() {
        // A category in another clause after the figure speaks of no figure.
        assertEquals(
                Set.of(),
                only("In Katihar we handled 48 cases in 2024-Q1, many of them brought by women.")
                        .categories());
        // "गया" (went) is no Gaya without a word for district.
        assertEquals(
                Set.of(),
                only("2024 की पहली तिमाही में पुरुषों के 45 मामलों का निपटारा किया गया।")
                        .areas());
        assertEquals(Set.of(GAYA), only("गया ज़िले में 45 मामले दर्ज हुए।").areas());
        assertTrue(
                read("This year we hired 2 more call handlers for the cases.").isEmpty());
        assertTrue(read("In 2024-Q1, cases were handled by 2 of our centres.").isEmpty());
        assertTrue(read("In 2024-Q1 our Katihar centre, run by a team of 4, took up wage-theft cases.")
                .isEmpty());
    }
}
