package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void aBuilderNamesEachFilter() {
        SearchQuery q = SearchQuery.builder(" wages ")
                .types(Set.of(EntryType.DATASET))
                .orgs(List.of("mrc-alliance"))
                .themes(List.of("wages"))
                .states(List.of("10"))
                .districts(List.of("201"))
                .years(Optional.of(2020), Optional.of(2023))
                .page(2, 20)
                .lang("hi")
                .build();
        assertEquals("wages", q.text());
        assertEquals(Set.of(EntryType.DATASET), q.types());
        assertEquals(List.of("mrc-alliance"), q.orgs());
        assertEquals(List.of("wages"), q.themes());
        assertEquals(List.of("10"), q.states());
        assertEquals(List.of("201"), q.districts());
        assertEquals(Optional.of(2020), q.from());
        assertEquals(Optional.of(2023), q.to());
        assertEquals(2, q.page());
        assertEquals(20, q.size());
        assertEquals("hi", q.lang());
    }

    @Test
    void aBuilderLeftAloneGivesTheFirstPageUnfilteredInEnglish() {
        SearchQuery q = SearchQuery.builder("wages").build();
        assertEquals(SearchQuery.of("wages"), q);
        assertEquals(SearchQuery.Filters.NONE, q.filters());
        assertEquals(1, q.page());
        assertEquals(SearchQuery.DEFAULT_SIZE, q.size());
        assertEquals("en", q.lang());
    }

    @Test
    void queriesThatDifferOnlyInAFilterAreDifferentCacheKeys() {
        SearchQuery a = SearchQuery.builder("x").states(List.of("10")).build();
        SearchQuery b = SearchQuery.builder("x").districts(List.of("10")).build();
        assertNotEquals(a, b);
        assertEquals(a, SearchQuery.builder("x").states(List.of("10")).build());
    }

    @Test
    void aPagePastTheDeepestHitIsRefused() {
        SearchQuery.Builder deep = SearchQuery.builder("x").page(SearchQuery.MAX_WINDOW, 2);
        assertThrows(IllegalArgumentException.class, deep::build);
    }

    @Test
    void anUnknownLanguageIsRefused() {
        SearchQuery.Builder fr = SearchQuery.builder("x").lang("fr");
        assertThrows(IllegalArgumentException.class, fr::build);
    }
}
