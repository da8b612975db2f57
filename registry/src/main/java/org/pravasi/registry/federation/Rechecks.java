package org.pravasi.registry.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the portal remembers, per peer dataset, to bound the work a peer can make it do: when a refused dataset may be
 * fetched again (a back-off from {@link #MIN_BACKOFF} that doubles with each refusal in a row, whatever
 * {@code modified} the peer announces), the changes announced meanwhile, and the digest of the last copy checked with
 * its outcome. New bytes do not shorten the back-off: a peer can change its bytes at will, so only an accepted copy
 * resets it. Kept in memory only: after a restart every refused dataset is tried once more.
 */
final class Rechecks {
    /** Longest wait before a refused dataset is fetched again. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /**
     * Shortest wait before a refused dataset is fetched again, however short the harvest interval: with the doubling, a
     * dataset refused over and over is checked at most about 7 times in its first hour and once an hour after that.
     */
    static final Duration MIN_BACKOFF = Duration.ofMinutes(1);

    /**
     * The last copy of a dataset checked.
     *
     * @param digest SHA-256 of its bytes
     * @param refusal why it was refused; empty when it was accepted
     */
    record Checked(String digest, Optional<Refusal> refusal) {}

    private static final class Memory {
        int refusals;
        Instant notBefore = Instant.EPOCH;
        FeedEntry deferred;
        Checked checked;
    }

    private final Duration first;
    private final Map<String, Memory> memory = new ConcurrentHashMap<>();

    /** Back-off starting at {@code first} (the harvest interval), at least {@link #MIN_BACKOFF}. */
    Rechecks(Duration first) {
        this.first =
                first.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : first.compareTo(MIN_BACKOFF) < 0 ? MIN_BACKOFF : first;
    }

    /** Whether {@code e} must wait for its back-off; if so it is kept, and offered by {@link #due} once that ends. */
    synchronized boolean waiting(Peer peer, FeedEntry e, Instant now) {
        Memory m = memory.get(key(peer, e.uri()));
        if (m == null || !m.notBefore.isAfter(now)) {
            return false;
        }
        if (m.deferred == null || !m.deferred.modified().isAfter(e.modified())) {
            m.deferred = e;
        }
        return true;
    }

    /** Changes deferred by a back-off that has ended, taken out of memory. */
    synchronized List<FeedEntry> due(Peer peer, Instant now) {
        List<FeedEntry> out = new ArrayList<>();
        String prefix = peer.url() + " ";
        memory.forEach((k, m) -> {
            if (k.startsWith(prefix) && m.deferred != null && !m.notBefore.isAfter(now)) {
                out.add(m.deferred);
                m.deferred = null;
            }
        });
        return out;
    }

    /**
     * Keeps {@code e}, taken by {@link #due} but not fetched in this harvest (its checking budget ran out), to be
     * offered again by the next one.
     */
    synchronized void putBack(Peer peer, FeedEntry e) {
        Memory m = memory.get(key(peer, e.uri()));
        if (m != null && (m.deferred == null || m.deferred.modified().isBefore(e.modified()))) {
            m.deferred = e;
        }
    }

    /** The last copy of {@code dataset} checked from {@code peer}. */
    Optional<Checked> last(Peer peer, String dataset) {
        return Optional.ofNullable(memory.get(key(peer, dataset))).map(m -> m.checked);
    }

    /**
     * Records a refusal (with the refused copy's digest, when known); returns when the dataset may be fetched again.
     */
    synchronized Instant refused(Peer peer, FeedEntry e, Optional<String> digest, Refusal reason, Instant now) {
        Memory m = memory.computeIfAbsent(key(peer, e.uri()), k -> new Memory());
        settle(m, e);
        m.refusals++;
        Duration wait = first;
        for (int i = 1; i < m.refusals && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        m.notBefore = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        m.checked = digest.map(d -> new Checked(d, Optional.of(reason))).orElse(null);
        return m.notBefore;
    }

    /** Records an accepted copy: the back-off starts again from the beginning. */
    synchronized void accepted(Peer peer, FeedEntry e, Optional<String> digest) {
        Memory m = memory.computeIfAbsent(key(peer, e.uri()), k -> new Memory());
        settle(m, e);
        m.refusals = 0;
        m.notBefore = Instant.EPOCH;
        m.checked = digest.map(d -> new Checked(d, Optional.<Refusal>empty())).orElse(null);
    }

    /** Forgets a change held back that {@code done} (as new or newer) has settled. */
    private static void settle(Memory m, FeedEntry done) {
        if (m.deferred != null && !m.deferred.modified().isAfter(done.modified())) {
            m.deferred = null;
        }
    }

    private static String key(Peer peer, String dataset) {
        return peer.url() + " " + dataset;
    }
}
