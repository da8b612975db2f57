package org.pravasi.registry.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Each client's fair share of the server's work: at most {@code running} of one client's reads (GET and HEAD) are
 * handled at once, the next {@code waiting} wait their turn in the order they came, and any more are refused with 429
 * and {@code Retry-After} before any work. Pages, the explorer, the data API and the map each compute on a worker pool
 * all clients share; without a share, one client asking for many selections no cache holds (each a new filter, or a new
 * {@code Host}) would hold every worker while everyone else waits. A browser's few requests at once wait at most for
 * each other; many users behind one address (a carrier's NAT) wait their turn rather than being refused, up to the
 * queue. Mount it after the static assets, which need no worker; a download or a SPARQL query leaves the share once it
 * has a slot of its own ({@link #leave}). Writes have their own limits.
 */
public final class ClientShare implements Handler<RoutingContext> {
    /** Reads of one client handled at once: half the node's shared workers ({@code NodeRoutes.WORKERS} = 8). */
    public static final int RUNNING = 4;

    /** Reads of one client waiting their turn at most. */
    public static final int WAITING = 32;

    /** Seconds a refused client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** The context key of a counted request's "give the place back". */
    private static final String PLACE = "pravasi.clientShare.place";

    private final int running;
    private final int waiting;
    private final Map<String, Share> byClient = new HashMap<>();

    /** The defaults: {@value #RUNNING} at once and {@value #WAITING} waiting per client. */
    public static ClientShare create() {
        return new ClientShare(RUNNING, WAITING);
    }

    /** At most {@code running} reads of one client at once and {@code waiting} more waiting. */
    public ClientShare(int running, int waiting) {
        if (running < 1 || waiting < 0) {
            throw new IllegalArgumentException(
                    "A client's share needs at least one read at once and no negative queue: " + running + ", "
                            + waiting);
        }
        this.running = running;
        this.waiting = waiting;
    }

    /** One client's reads now: how many run, and those that wait, oldest first. */
    private static final class Share {
        int running;
        final ArrayDeque<RoutingContext> waiting = new ArrayDeque<>();
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.next();
            return;
        }
        String client = Requests.client(ctx);
        boolean start;
        synchronized (this) {
            Share share = byClient.computeIfAbsent(client, k -> new Share());
            if (share.running < running) {
                share.running++;
                start = true;
            } else if (share.waiting.size() < waiting) {
                // Not paused: a read has no body to lose, and a paused connection would not see its client leave.
                share.waiting.add(ctx);
                // A client that goes away while its read waits leaves the queue at once.
                ctx.response().closeHandler(v -> gone(client, ctx));
                return;
            } else {
                start = false;
            }
        }
        if (start) {
            begin(client, ctx);
        } else {
            ctx.fail(new ProblemException(
                            429,
                            "Too many requests at once",
                            "This server handles at most " + running + " requests at once from one address, and "
                                    + waiting + " more wait their turn; yours are all in progress or waiting. Ask again"
                                    + " once some have been answered (in " + RETRY_AFTER_SECONDS + " s).")
                    .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
        }
    }

    /** Reads of {@code client} handled now and waiting; for tests. */
    synchronized int[] of(String client) {
        Share share = byClient.get(client);
        return share == null ? new int[] {0, 0} : new int[] {share.running, share.waiting.size()};
    }

    private synchronized void gone(String client, RoutingContext ctx) {
        Share share = byClient.get(client);
        if (share != null && share.waiting.remove(ctx) && share.running == 0 && share.waiting.isEmpty()) {
            byClient.remove(client);
        }
    }

    private void begin(String client, RoutingContext ctx) {
        ctx.response().closeHandler(null);
        AtomicBoolean over = new AtomicBoolean();
        Runnable finish = () -> {
            if (over.compareAndSet(false, true)) {
                finished(client);
            }
        };
        ctx.put(PLACE, finish);
        ctx.addEndHandler(done -> finish.run());
        ctx.next();
    }

    /**
     * Gives {@code ctx}'s place in its client's share back before its answer ends: for a long answer that holds a slot
     * of its own kind instead (a download, a SPARQL query), so that it does not keep the client's pages waiting. Does
     * nothing for a request the share did not count, or counts no more.
     */
    public static void leave(RoutingContext ctx) {
        Runnable finish = ctx.get(PLACE);
        if (finish != null) {
            finish.run();
        }
    }

    /** One read of {@code client} is over: the oldest of its waiting reads whose client still waits takes its place. */
    private void finished(String client) {
        RoutingContext next;
        synchronized (this) {
            Share share = byClient.get(client);
            share.running--;
            next = share.waiting.poll();
            while (next != null && next.response().closed()) {
                next = share.waiting.poll();
            }
            if (next != null) {
                share.running++;
            } else if (share.running == 0 && share.waiting.isEmpty()) {
                byClient.remove(client);
            }
        }
        if (next != null) {
            begin(client, next);
        }
    }
}
