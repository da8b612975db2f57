package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.workspace.Reconciled.Status;

/** Districts and states to LGD codes: exact matches resolve, shared names need a state, near names only suggest. */
class PlaceReconcilerTest {
    private static final Place BIHAR = new Place("10", "Bihar", "10", "Bihar");
    private static final Place MAHARASHTRA = new Place("27", "Maharashtra", "27", "Maharashtra");
    private static final Place HARYANA = new Place("6", "Haryana", "6", "Haryana");
    private static final Place UP = new Place("9", "Uttar Pradesh", "9", "Uttar Pradesh");

    private final PlaceReconciler places = new PlaceReconciler(Gazetteer.of(
            List.of(BIHAR, MAHARASHTRA, HARYANA, UP),
            List.of(
                    district("189", "Aurangabad", BIHAR),
                    district("469", "Aurangabad", MAHARASHTRA),
                    district("201", "Katihar", BIHAR),
                    district("214", "Purnia", BIHAR),
                    district("62", "Gurugram", HARYANA),
                    district("157", "Kanpur Nagar", UP),
                    district("120", "Prayagraj", UP)),
            Map.of("10", "बिहार")));

    private static Place district(String lgd, String name, Place state) {
        return new Place(lgd, name, state.lgd(), state.name());
    }

    private void resolves(String value, String lgd, String why) {
        Reconciled r = places.district(value, Optional.empty());
        assertEquals(Status.RESOLVED, r.status(), r::toString);
        assertEquals(lgd, r.match().get().id());
        assertTrue(r.match().get().why().contains(why), r::toString);
    }

    @Test
    void currentNameResolvesWhateverTheCaseSpacesOrPunctuation() {
        resolves("  KANPUR-nagar ", "157", "current name");
        resolves("katihar.", "201", "current name");
    }

    @Test
    void formerNameResolvesAndSaysSo() {
        resolves("Gurgaon", "62", "former name of Gurugram");
        resolves("Allahabad", "120", "former name of Prayagraj");
    }

    @Test
    void commonSpellingResolvesAndSaysSo() {
        resolves("Purnea", "214", "common spelling of Purnia");
    }

    @Test
    void hindiNameResolves() {
        resolves("कटिहार", "201", "Hindi name");
        resolves("पूर्णिया", "214", "Hindi name");
    }

    @Test
    void theWordForDistrictAroundANameIsLeftOut() {
        resolves("Katihar District", "201", "the word for district left out");
        resolves("Distt. Purnea", "214", "common spelling of Purnia");
        resolves("जिला कटिहार", "201", "Hindi name");
        assertEquals(
                "189",
                places.district("Aurangabad District, Bihar", Optional.empty())
                        .match()
                        .get()
                        .id());
    }

    @Test
    void lgdCodeResolves() {
        resolves("0201", "201", "LGD district code");
    }

    @Test
    void aNameOfTwoDistrictsIsAmbiguousWithoutAState() {
        Reconciled r = places.district("Aurangabad", Optional.empty());
        assertEquals(Status.AMBIGUOUS, r.status());
        assertEquals(
                List.of("189", "469"),
                r.candidates().stream().map(Candidate::id).sorted().toList());
    }

    @Test
    void theHindiNameOfTwoDistrictsIsAmbiguousToo() {
        assertEquals(
                Status.AMBIGUOUS, places.district("औरंगाबाद", Optional.empty()).status());
    }

    @Test
    void aFormerNameThatIsAlsoACurrentNameIsAmbiguous() {
        PlaceReconciler renamed = new PlaceReconciler(Gazetteer.of(
                List.of(BIHAR, MAHARASHTRA),
                List.of(
                        district("189", "Aurangabad", BIHAR),
                        district("469", "Chhatrapati Sambhajinagar", MAHARASHTRA)),
                Map.of()));
        Reconciled r = renamed.district("Aurangabad", Optional.empty());
        assertEquals(Status.AMBIGUOUS, r.status(), r::toString);
        assertTrue(r.candidates().stream().anyMatch(c -> c.why().contains("former name of Chhatrapati")));
        assertEquals(
                "189",
                renamed.district("Aurangabad", Optional.of("10")).match().get().id());
        assertEquals(
                "469",
                renamed.district("Aurangabad", Optional.of("27")).match().get().id());
    }

    @Test
    void aNameOfTwoDistrictsResolvesWithItsState() {
        Reconciled r = places.district("Aurangabad", Optional.of("27"));
        assertEquals("469", r.match().get().id());
        assertTrue(r.reason().contains("by the state given"), r::toString);
        assertEquals(
                "189",
                places.district("Aurangabad (Bihar)", Optional.empty())
                        .match()
                        .get()
                        .id());
        assertEquals(
                "189",
                places.district("Aurangabad, बिहार", Optional.empty())
                        .match()
                        .get()
                        .id());
    }

    @Test
    void aDistrictOutsideTheGivenStateIsNotResolved() {
        Reconciled r = places.district("Katihar", Optional.of("6"));
        assertEquals(Status.UNRESOLVED, r.status());
        assertTrue(r.reason().contains("not in Haryana"), r::toString);
    }

    @Test
    void aMisspeltNameIsOnlySuggested() {
        Reconciled r = places.district("Katiharr", Optional.empty());
        assertEquals(Status.UNRESOLVED, r.status());
        assertEquals("201", r.candidates().get(0).id());
        assertTrue(r.candidates().get(0).why().startsWith("suggestion"));
    }

    @Test
    void anUnknownHindiSpellingIsSuggestedThroughTransliteration() {
        Reconciled r = places.district("कटीहार", Optional.empty());
        assertEquals(Status.UNRESOLVED, r.status(), r::toString);
        assertEquals("201", r.candidates().get(0).id(), r::toString);
    }

    @Test
    void statesResolveByNameHindiNameAndShortForm() {
        assertEquals("10", places.state("बिहार").match().get().id());
        assertEquals("9", places.state("U.P.").match().get().id());
        assertEquals("27", places.state("maharashtra").match().get().id());
        assertEquals(Status.UNRESOLVED, places.state("Biharr").status());
    }

    /** LGD writes one union territory with a leading "The", and keeps it in district names ("The Nilgiris"). */
    private static final Place DNHDD = new Place(
            "38", "Dadra and Nagar Haveli and Daman and Diu", "38", "Dadra and" + " Nagar Haveli and Daman and Diu");

    private static final Place TAMIL_NADU = new Place("33", "Tamil Nadu", "33", "Tamil Nadu");

    private final PlaceReconciler withArticles = new PlaceReconciler(Gazetteer.of(
            List.of(DNHDD, TAMIL_NADU),
            List.of(
                    district("633", "The Nilgiris", TAMIL_NADU),
                    district("616", "Theni", TAMIL_NADU),
                    district("645", "Daman", DNHDD)),
            Map.of()));

    @Test
    void aLeadingTheIsIgnoredInStateNames() {
        for (String v : List.of(
                "THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU",
                "The Dadra and Nagar Haveli and Daman and Diu",
                "Dadra and Nagar Haveli and Daman and Diu",
                "  the  dadra-and-nagar-haveli-and-daman-and-diu ")) {
            Reconciled r = withArticles.state(v);
            assertEquals(Status.RESOLVED, r.status(), r::toString);
            assertEquals("38", r.match().get().id());
        }
    }

    @Test
    void aLeadingTheIsIgnoredInDistrictNamesEitherWay() {
        for (String v :
                List.of("The Nilgiris", "THE NILGIRIS", "Nilgiris", "Nilgiris District", "The Nilgiris (Tamil Nadu)")) {
            Reconciled r = withArticles.district(v, Optional.empty());
            assertEquals(Status.RESOLVED, r.status(), v + ": " + r);
            assertEquals("633", r.match().get().id(), v);
        }
    }

    @Test
    void aDistrictWithItsStateSpeltAsLgdSpellsItResolves() {
        Reconciled r = withArticles.district("Daman, THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU", Optional.empty());
        assertEquals(Status.RESOLVED, r.status(), r::toString);
        assertEquals("645", r.match().get().id());
    }

    @Test
    void onlyTheWholeWordTheIsLeftOut() {
        assertEquals(
                "616",
                withArticles.district("Theni", Optional.empty()).match().get().id());
        assertEquals(
                Status.UNRESOLVED, withArticles.district("Ni", Optional.empty()).status());
        assertEquals(
                Status.UNRESOLVED,
                withArticles.district("The", Optional.empty()).status());
    }

    @Test
    void aStatesHindiNameIsNotTheHindiNameOfTheDistrictWithItsCode() {
        // LGD numbers states and districts apart: state 10 is Bihar, district 10 is Poonch (Jammu and Kashmir).
        Place jk = new Place("1", "Jammu And Kashmir", "1", "Jammu And Kashmir");
        PlaceReconciler both = new PlaceReconciler(Gazetteer.of(
                List.of(BIHAR, jk),
                List.of(district("10", "Poonch", jk), district("201", "Katihar", BIHAR)),
                Map.of("10", "बिहार")));
        Reconciled asDistrict = both.district("बिहार", Optional.empty());
        assertEquals(Status.UNRESOLVED, asDistrict.status(), asDistrict::toString);
        assertEquals("10", both.state("बिहार").match().orElseThrow().id());
    }

    @Test
    void aValueLongerThanAnyNameIsAnsweredAtOnceNotMatched() {
        // "a-", 3,000 spaces and a comma: the district-with-state pattern once tried every split of the spaces
        // (cubic backtracking, minutes of one shared worker from one mapping choice); suggestions then measured its
        // edit distance to every district.
        String hostile = "a-" + " ".repeat(3_000) + ",";
        for (Reconciled r : List.of(places.district(hostile, Optional.empty()), places.state(hostile))) {
            assertEquals(Status.UNRESOLVED, r.status(), r::toString);
            assertTrue(r.reason().contains("3003 characters long"), r::reason);
            assertEquals(List.of(), r.candidates());
        }
        String longName = "Katihar " + "x".repeat(100);
        assertTrue(
                places.district(longName, Optional.empty()).reason().contains("no district name is longer than 100"));
        resolves(" ".repeat(500) + "Katihar" + " ".repeat(500), "201", "current name");
    }
}
