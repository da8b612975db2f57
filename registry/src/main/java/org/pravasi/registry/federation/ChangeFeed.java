package org.pravasi.registry.federation;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a peer's change feed ({@code {"datasets": [{"uri", "identifier", "modified", "versionUri", "withdrawn"},
 * ...]}}) token by token as it streams: no JSON tree, nothing kept of an entry but its five fields, and a
 * {@code modified} equal to the entry before is not parsed again (a feed of tens of megabytes costs the harvest thread
 * little). Unknown fields and values that are objects or lists where text is expected are skipped. A text of an entry
 * longer than {@link #MAX_TEXT} characters fails the feed as a whole, before the parser holds it whole.
 */
final class ChangeFeed {
    /**
     * Longest text of an entry that is read: a dataset URI (its base, {@code id/dataset/} and an {@code org/slug} of at
     * most {@value PeerTexts#MAX_IDENTIFIER} characters) or a version URI; nothing a registry node writes comes near.
     */
    static final int MAX_TEXT = 2_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxStringLength(MAX_TEXT).build())
            .build();

    private final Peer peer;
    private final String path;
    private String lastModified;
    private Instant lastInstant;

    private ChangeFeed(Peer peer, String path) {
        this.peer = peer;
        this.path = path;
    }

    /** The entries of the feed {@code in} that {@code peer} sent at {@code path}, in the order sent. */
    static List<FeedEntry> read(Peer peer, String path, InputStream in) {
        return new ChangeFeed(peer, path).entries(in);
    }

    private List<FeedEntry> entries(InputStream in) {
        List<FeedEntry> out = new ArrayList<>();
        boolean listed = false;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw HarvestException.peerWide(
                        "Peer " + peer.url() + " sent a change feed that is not a JSON object at /" + path, null);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!"datasets".equals(name) || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                listed = true;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t != JsonToken.START_OBJECT) {
                        throw HarvestException.peerWide(
                                "Peer " + peer.url() + " sent a change feed whose 'datasets' list holds " + t
                                        + " instead of objects, at /" + path,
                                null);
                    }
                    out.add(entry(p, out.size() + 1));
                }
            }
        }
        if (!listed) {
            throw HarvestException.peerWide(
                    "Peer " + peer.url() + " sent a change feed without a 'datasets' list at /" + path, null);
        }
        return out;
    }

    /** The {@code n}th entry, from a parser just past its opening brace to its closing one. */
    private FeedEntry entry(JsonParser p, int n) {
        String uri = "";
        String identifier = "";
        String modified = "";
        String version = "";
        boolean withdrawn = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            try {
                switch (name) {
                    case "uri" -> uri = text(p, value);
                    case "identifier" -> identifier = text(p, value);
                    case "modified" -> modified = modified(p, value);
                    case "versionUri" -> version = text(p, value);
                    case "withdrawn" ->
                        // as the JSON tree read it: true, "true", or a non-zero integer
                        withdrawn = value == JsonToken.VALUE_TRUE
                                || (value == JsonToken.VALUE_STRING
                                        && "true".equals(p.getString().strip()))
                                || (value == JsonToken.VALUE_NUMBER_INT
                                        && p.getNumberValue().longValue() != 0);
                    default -> {}
                }
            } catch (StreamConstraintsException x) {
                throw tooLong(n, name, x);
            }
            p.skipChildren(); // an object or list where a field's value was: skipped unread (no-op for a scalar)
        }
        return new FeedEntry(uri, identifier, instant(uri, modified), version, withdrawn);
    }

    /**
     * The failure of a feed whose {@code n}th entry has a text {@code field} longer than {@link #MAX_TEXT}: the whole
     * feed, as for a {@code modified} that is not a time, since no registry node writes such an entry. Nothing of the
     * text is quoted (it is read no further), so what is kept and shown of the peer's failure stays short.
     */
    private HarvestException tooLong(int n, String field, StreamConstraintsException x) {
        return HarvestException.peerWide(
                "Peer " + peer.url() + " sent a change feed whose entry " + n + " holds more than " + MAX_TEXT
                        + " characters in '" + PeerClient.clip(field) + "', at /" + path
                        + ": no text of an entry is that long (a dataset URI is the peer's base, 'id/dataset/' and an"
                        + " org/slug of at most " + PeerTexts.MAX_IDENTIFIER + " characters). The feed was refused as"
                        + " a whole; the peer's export must be fixed.",
                x);
    }

    /**
     * A {@code modified} value: the entry before's when the characters are the same, compared where the parser holds
     * them, so a feed whose entries share a time (a bulk publication, a flood) allocates no string for it.
     */
    private String modified(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_STRING && lastModified != null) {
            int length = p.getStringLength();
            if (length == lastModified.length()) {
                char[] chars = p.getStringCharacters();
                int offset = p.getStringOffset();
                int i = 0;
                while (i < length && chars[offset + i] == lastModified.charAt(i)) {
                    i++;
                }
                if (i == length) {
                    return lastModified;
                }
            }
        }
        return text(p, value);
    }

    /** A scalar's text; "" for an object, a list or null. */
    private static String text(JsonParser p, JsonToken value) {
        return value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getString() : "";
    }

    private Instant instant(String uri, String modified) {
        if (!modified.equals(lastModified)) {
            try {
                lastInstant = Instant.parse(modified);
            } catch (DateTimeParseException e) {
                throw HarvestException.peerWide(
                        "Peer " + peer.url() + " sent a change-feed entry for '" + PeerClient.clip(uri)
                                + "' whose 'modified' is not an ISO-8601 instant: '" + PeerClient.clip(modified) + "'",
                        e);
            }
            lastModified = modified;
        }
        return lastInstant;
    }
}
