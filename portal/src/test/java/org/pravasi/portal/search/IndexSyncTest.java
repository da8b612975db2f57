package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Index sync")
class IndexSyncTest {
    @Test
    @DisplayName("re-reads what changed, what is new and what is gone, and nothing else")
    void differences() {
        Map<String, String> store =
                Map.of("a", "2024-01-01T00:00:00Z", "b", "2024-02-01T00:00:00Z", "c", "", "new", "");
        Map<String, String> index =
                Map.of("a", "2024-01-01T00:00:00Z", "b", "2023-12-01T00:00:00Z", "c", "", "gone", "x");
        assertEquals(
                List.of("b", "gone", "new"),
                IndexSync.differences(store, index).stream().sorted().toList());
    }
}
