package org.pravasi.registry.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many downloads of one kind a server sends at once, in all and to one client. A download that costs the server a
 * worker, a store transaction or a temporary file for as long as the client takes to read it must be bounded, or anyone
 * could ask many times and read slowly until the disk is full or the workers are all held. One over a bound is refused
 * before any work, with {@code Retry-After}: 503 when the server is busy, 429 when that client already has its share.
 */
public final class DownloadSlots {
    /** Seconds a refused client is asked to wait. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private final String what;
    private final int nodeWide;
    private final int perClient;
    private final Map<String, Integer> byClient = new HashMap<>();
    private int inFlight;

    /**
     * At most {@code nodeWide} downloads in flight, {@code perClient} to one client ({@link Requests#client});
     * {@code what} names them in refusals ("dataset downloads").
     */
    public DownloadSlots(String what, int nodeWide, int perClient) {
        if (nodeWide < 1 || perClient < 1) {
            throw new IllegalArgumentException("Download slots need at least one in all and one per client");
        }
        this.what = what;
        this.nodeWide = nodeWide;
        this.perClient = perClient;
    }

    /**
     * Takes a slot for {@code client}; release it once the download is over and whatever it held is gone.
     *
     * @throws ProblemException 503 if the server sends as many as it may, 429 if this client has its share
     */
    public synchronized Slot take(String client) {
        int theirs = byClient.getOrDefault(client, 0);
        if (theirs >= perClient) {
            throw busy(
                    429,
                    "Too many downloads at once",
                    "This server sends at most " + perClient + " " + what + " at a time to one client, and yours are"
                            + " in progress. Read them to the end, then ask again (in " + RETRY_AFTER_SECONDS + " s).");
        }
        if (inFlight >= nodeWide) {
            throw busy(
                    503,
                    "Server busy",
                    "This server is sending " + nodeWide + " " + what + " already, its most at once. Try again in "
                            + RETRY_AFTER_SECONDS + " s.");
        }
        inFlight++;
        byClient.put(client, theirs + 1);
        return new Slot(client);
    }

    /**
     * Takes a slot for {@code ctx}'s client ({@link Requests#client}); the request then leaves its client's share of
     * reads ({@link ClientShare#leave}): the download is bounded here, however long it takes.
     *
     * @throws ProblemException 503 if the server sends as many as it may, 429 if this client has its share
     */
    public Slot take(io.vertx.ext.web.RoutingContext ctx) {
        Slot slot = take(Requests.client(ctx));
        ClientShare.leave(ctx);
        return slot;
    }

    /** Downloads in flight now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    private synchronized void release(String client) {
        inFlight--;
        byClient.computeIfPresent(client, (k, n) -> n > 1 ? n - 1 : null);
    }

    private static ProblemException busy(int status, String title, String detail) {
        return new ProblemException(status, title, detail)
                .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }

    /** One download's place; {@link #release()} gives it back once, however often it is called. */
    public final class Slot {
        private final String client;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(String client) {
            this.client = client;
        }

        /** Gives the place back (idempotent). */
        public void release() {
            if (released.compareAndSet(false, true)) {
                DownloadSlots.this.release(client);
            }
        }
    }
}
