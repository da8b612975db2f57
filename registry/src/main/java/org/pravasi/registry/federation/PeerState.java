package org.pravasi.registry.federation;

import java.time.Instant;
import java.util.Optional;

/**
 * What the portal remembers about one peer between harvests (kept in {@code data/federation/peers.json}).
 *
 * @param url         the peer's URL
 * @param base        the base URI it declared at its first successful harvest ("" before)
 * @param cursor      the change-feed position: the newest change applied ("" before the first harvest)
 * @param lastAttempt when a harvest last started ("" never)
 * @param lastSuccess when a harvest last completed ("" never)
 * @param lastError   why the last harvest failed ("" when it succeeded)
 * @param failures    harvests failed in a row
 */
public record PeerState(String url, String base, String cursor, String lastAttempt, String lastSuccess, String lastError,
                        int failures) {

    /** A peer never harvested. */
    static PeerState fresh(Peer peer) {
        return new PeerState(peer.url(), "", "", "", "", "", 0);
    }

    Optional<Instant> cursorInstant() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(cursor));
    }

    PeerState attempted(Instant when) {
        return new PeerState(url, base, cursor, when.toString(), lastSuccess, lastError, failures);
    }

    PeerState advanced(String newBase, Optional<Instant> newCursor) {
        return new PeerState(url, newBase, newCursor.map(Instant::toString).orElse(cursor), lastAttempt, lastSuccess, lastError, failures);
    }

    PeerState succeeded(Instant when) {
        return new PeerState(url, base, cursor, lastAttempt, when.toString(), "", 0);
    }

    PeerState failed(String error) {
        return new PeerState(url, base, cursor, lastAttempt, lastSuccess, error, failures + 1);
    }
}
