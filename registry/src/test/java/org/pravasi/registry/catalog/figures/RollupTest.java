package org.pravasi.registry.catalog.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rollup: a total over parts is shown only when every part is published")
class RollupTest {
    private static final int K = 10;

    private static Tally value(long v) {
        return Tally.EMPTY.add(OptionalLong.of(v), false);
    }

    private static Tally withheld() {
        return Tally.EMPTY.add(OptionalLong.empty(), true);
    }

    @Test
    @DisplayName("four published quarters give their sum")
    void sumsWhenEveryPartIsPublished() {
        Rollup r = Rollup.of(List.of(value(30), value(32), value(25), value(37)), K);
        assertEquals(Rollup.Status.VALUE, r.status());
        assertEquals(124, r.value().getAsLong());
        assertEquals(4, r.parts());
    }

    @Test
    @DisplayName("a withheld quarter withholds the year and counts the withheld quarters, never a partial sum")
    void withholdsWhenAPartIsWithheld() {
        Rollup r = Rollup.of(List.of(value(11), withheld(), withheld(), value(16)), K);
        assertEquals(Rollup.Status.WITHHELD, r.status());
        assertTrue(r.value().isEmpty());
        assertEquals(2, r.withheldParts());
        assertEquals(4, r.parts());
    }

    @Test
    @DisplayName("a part whose own sum includes a withheld cell counts as withheld")
    void aPartWithAWithheldCellIsWithheld() {
        Tally partial = value(40).add(OptionalLong.empty(), true);
        Rollup r = Rollup.of(List.of(value(20), partial, value(20), value(20)), K);
        assertEquals(Rollup.Status.WITHHELD, r.status());
        assertEquals(1, r.withheldParts());
    }

    @Test
    @DisplayName("a missing quarter makes the year incomplete, not a smaller total")
    void incompleteWhenAPartHasNoData() {
        Rollup r = Rollup.of(Arrays.asList(value(20), value(20), value(20), null), K);
        assertEquals(Rollup.Status.INCOMPLETE, r.status());
        assertTrue(r.value().isEmpty());
        assertEquals(1, r.missingParts());
    }

    @Test
    @DisplayName("withheld wins over missing: the reason given is privacy")
    void withheldWinsOverMissing() {
        Rollup r = Rollup.of(Arrays.asList(withheld(), null, value(20), value(20)), K);
        assertEquals(Rollup.Status.WITHHELD, r.status());
        assertEquals(1, r.withheldParts());
        assertEquals(1, r.missingParts());
    }

    @Test
    @DisplayName("no data in any part is no data")
    void noDataWhenNoPartHasData() {
        assertEquals(
                Rollup.Status.NODATA,
                Rollup.of(Arrays.asList(null, Tally.EMPTY), K).status());
    }

    @Test
    @DisplayName("a total of 1 to k - 1 is withheld even when its parts are published (the last guard of Figure.of)")
    void smallTotalIsWithheld() {
        Rollup r = Rollup.of(List.of(value(0), value(3)), K);
        assertEquals(Rollup.Status.WITHHELD, r.status());
        assertTrue(r.value().isEmpty());
    }

    @Test
    @DisplayName("zeros are published: a year of zeros is 0")
    void zerosArePublished() {
        Rollup r = Rollup.of(List.of(value(0), value(0), value(0), value(0)), K);
        assertEquals(0, r.value().getAsLong());
    }

    @Test
    @DisplayName("a rollup of nothing is a bug")
    void refusesNoParts() {
        assertThrows(IllegalArgumentException.class, () -> Rollup.of(List.of(), K));
    }

    @Test
    @DisplayName("overlapping categories are not added up: no value, however published their figures are")
    void overlappingCategoriesHaveNoTotal() {
        Rollup r = Rollup.notAdded(3);
        assertEquals(Rollup.Status.NOT_ADDED, r.status());
        assertTrue(r.value().isEmpty());
        assertEquals(3, r.parts());
        assertEquals(0, r.withheldParts());
        assertEquals(0, r.missingParts());
    }

    @Test
    @DisplayName("a rollup that is not added up cannot carry a value")
    void notAddedNeverCarriesAValue() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Rollup(Rollup.Status.NOT_ADDED, OptionalLong.of(61_200), 3, 0, 0));
    }

    @Test
    @DisplayName("categories of a partition still sum as before")
    void partitionStillSums() {
        Rollup r = Rollup.of(List.of(value(6_500), value(6_000), value(3_600)), K);
        assertEquals(16_100, r.value().getAsLong());
    }
}
