package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A peer's shown status carries its stored harvest state field for field, with the harvester's own facts. */
class PeerStatusTest {

    @Test
    @DisplayName("each field of the stored state lands in the field of the same name, none swapped")
    void ofCarriesTheStateFieldForField() {
        DatasetRefusal refusal = new DatasetRefusal(
                "https://node-a.example.org/pravasi/id/dataset/o/d",
                "o/d",
                "2026-12-02T09:00:00Z",
                "too big",
                "2026-12-03T10:00:01Z");
        PeerState state = new PeerState(
                "http://node-a.example.org/",
                "https://node-a.example.org/pravasi/",
                "cursor-1",
                "attempt-2",
                "success-3",
                "error-4",
                5,
                List.of(refusal));

        PeerStatus status = PeerStatus.of(state, "failing", "next-6", 7);

        assertEquals(
                new PeerStatus(
                        "http://node-a.example.org/",
                        "https://node-a.example.org/pravasi/",
                        "failing",
                        "attempt-2",
                        "success-3",
                        "error-4",
                        5,
                        "next-6",
                        7,
                        "cursor-1",
                        List.of(refusal)),
                status);
    }
}
