package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the harvest remembers of refused and unchanged changes stays bounded, whatever a peer announces. */
class ChangesSeenTest {
    private static final Peer PEER = new Peer("http://peer.example/", "https://peer.example/pravasi/");

    private static FeedEntry change(String slug, long second) {
        String uri = PEER.base() + "id/dataset/org/" + slug;
        return new FeedEntry(uri, "org/" + slug, Instant.ofEpochSecond(second), uri + "/v1", false);
    }

    @Test
    void aDatasetAnnouncedAgainAndAgainWithANewModifiedIsRememberedOnce() {
        ChangesSeen seen = new ChangesSeen();
        for (int i = 0; i < 10_000; i++) {
            seen.add(PEER, change("cases", 1_700_000_000L + i));
        }
        assertEquals(1, seen.size(), "one entry per dataset, not one per announcement");
        assertTrue(seen.contains(PEER, change("cases", 1_700_000_000L + 9_999)));
        assertFalse(
                seen.contains(PEER, change("cases", 1_700_000_000L)), "an earlier change is not the one remembered");
        assertFalse(seen.contains(PEER, change("calls", 1_700_000_000L + 9_999)));
    }

    @Test
    void anEntryDoesNotGrowWithTheUriAPeerSends() {
        String uri = PEER.base() + "id/dataset/org/" + "x".repeat(1_990);
        FeedEntry longest = new FeedEntry(uri, "org/x", Instant.ofEpochSecond(1_700_000_000L), uri + "/v1", false);

        assertEquals(
                PEER.url().length() + 1 + 43, ChangesSeen.key(PEER, longest).length());
        ChangesSeen seen = new ChangesSeen();
        seen.add(PEER, longest);
        assertTrue(seen.contains(PEER, longest), "still remembered by its digest");
    }

    @Test
    void manyDatasetsAreRememberedUpToTheBound() {
        ChangesSeen seen = new ChangesSeen(100);
        for (int i = 0; i < 5_000; i++) {
            seen.add(PEER, change("d" + i, 1_700_000_000L));
        }
        assertTrue(seen.size() <= 100, "at most the bound: " + seen.size());
    }
}
