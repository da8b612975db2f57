package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The change feed read token by token: the five fields of each entry, everything else skipped, and little garbage. */
class ChangeFeedTest {
    private static final Peer PEER = new Peer("http://127.0.0.1:1/");
    private static final String BASE = "https://peer.example.org/pravasi/";

    private static List<FeedEntry> read(String json) {
        return ChangeFeed.read(PEER, "api/changes", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String entry(int i, String modified) {
        String uri = BASE + "id/dataset/org-a/set-" + i;
        return "{\"uri\": \"" + uri + "\", \"identifier\": \"org-a/set-" + i + "\", \"modified\": \"" + modified
                + "\", \"versionUri\": \"" + uri + "/v1\", \"withdrawn\": false}";
    }

    @Test
    @DisplayName("each entry's five fields are read, in the order sent")
    void readsTheFiveFields() {
        List<FeedEntry> feed = read("{\"datasets\": [" + entry(1, "2026-01-02T00:00:00Z") + ", {\"uri\": \"" + BASE
                + "id/dataset/org-a/gone\", \"identifier\": \"org-a/gone\", \"modified\": \"2026-01-01T00:00:00Z\","
                + " \"versionUri\": \"\", \"withdrawn\": true}]}");

        assertEquals(
                List.of(
                        new FeedEntry(
                                BASE + "id/dataset/org-a/set-1",
                                "org-a/set-1",
                                Instant.parse("2026-01-02T00:00:00Z"),
                                BASE + "id/dataset/org-a/set-1/v1",
                                false),
                        new FeedEntry(
                                BASE + "id/dataset/org-a/gone",
                                "org-a/gone",
                                Instant.parse("2026-01-01T00:00:00Z"),
                                "",
                                true)),
                feed);
    }

    @Test
    @DisplayName("unknown fields, and objects or lists where a field's text was expected, are skipped")
    void skipsWhatItDoesNotRead() {
        List<FeedEntry> feed = read("{\"next\": {\"a\": [1, 2]}, \"datasets\": [{\"extra\": {\"deep\": [[{}]]},"
                + " \"uri\": [\"x\"], \"identifier\": {\"y\": 1}, \"modified\": \"2026-01-01T00:00:00Z\","
                + " \"withdrawn\": [true], \"versionUri\": null}], \"after\": [1]}");

        assertEquals(List.of(new FeedEntry("", "", Instant.parse("2026-01-01T00:00:00Z"), "", false)), feed);
    }

    @Test
    @DisplayName("a 'modified' that is not an instant fails the feed, naming the entry and the value")
    void refusesABadModified() {
        HarvestException e = assertThrows(
                HarvestException.class,
                () -> read(
                        "{\"datasets\": [" + entry(1, "2026-01-01T00:00:00Z") + ", " + entry(2, "yesterday") + "]}"));

        assertTrue(e.isPeerWide());
        assertTrue(e.getMessage().contains("org-a/set-2"), e.getMessage());
        assertTrue(e.getMessage().contains("'yesterday'"), e.getMessage());
    }

    @Test
    @DisplayName("a feed that is not an object, has no list, or lists other than objects fails with the reason")
    void refusesAMalformedFeed() {
        assertTrue(assertThrows(HarvestException.class, () -> read("[]"))
                .getMessage()
                .contains("not a JSON object"));
        assertTrue(assertThrows(HarvestException.class, () -> read("{\"data\": []}"))
                .getMessage()
                .contains("without a 'datasets' list"));
        assertTrue(assertThrows(HarvestException.class, () -> read("{\"datasets\": [1]}"))
                .getMessage()
                .contains("instead of objects"));
    }

    @Test
    @DisplayName("a text of an entry longer than any URI fails the feed, naming the entry and field, before it is held")
    void refusesATextLongerThanAUri() {
        String huge = "x".repeat(4_000_000);
        String json = "{\"datasets\": [" + entry(1, "2026-01-01T00:00:00Z") + ", {\"uri\": \"" + BASE
                + "id/dataset/org-a/x\", \"identifier\": \"org-a/" + huge
                + "\", \"modified\": \"2026-01-01T00:00:00Z\"}]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        HarvestException e = assertThrows(
                HarvestException.class, () -> ChangeFeed.read(PEER, "api/changes", new ByteArrayInputStream(bytes)));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(e.isPeerWide());
        assertTrue(e.getMessage().contains("entry 2 holds more than 2000 characters in 'identifier'"), e.getMessage());
        assertTrue(e.getMessage().length() < 1_000, e.getMessage());
        // 8 MB if the identifier were held as a string
        assertTrue(allocated < 1_000_000, allocated + " bytes allocated");
    }

    @Test
    @DisplayName("a long text in a field that is not read is skipped, as before")
    void skipsALongTextItDoesNotRead() {
        List<FeedEntry> feed = read("{\"datasets\": [{\"note\": \"" + "x".repeat(100_000)
                + "\", \"modified\": \"2026-01-01T00:00:00Z\"}]}");

        assertEquals(1, feed.size());
    }

    @Test
    @DisplayName(
            "reading a large feed builds no JSON tree: its garbage stays within a small multiple of the entries kept")
    void readsALargeFeedWithLittleGarbage() {
        int n = 20_000;
        StringBuilder json = new StringBuilder("{\"datasets\": [");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append(entry(i, "2026-01-01T00:00:00Z"));
        }
        byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        read(new String(bytes, StandardCharsets.UTF_8)); // loads and links the classes first

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        List<FeedEntry> feed = ChangeFeed.read(PEER, "api/changes", new ByteArrayInputStream(bytes));
        long perEntry = (threads.getCurrentThreadAllocatedBytes() - before) / n;

        assertEquals(n, feed.size());
        assertFalse(feed.getLast().withdrawn());
        // the three strings kept (about 150 characters), the entry and its share of the list: about 400 bytes
        assertTrue(perEntry < 600, perEntry + " bytes allocated per entry");
    }
}
