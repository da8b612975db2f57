package org.pravasi.portal.workspace;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import org.pravasi.registry.workspace.Drafts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps every organisation's drafts ({@link Drafts#sweepAll}) when the portal starts and every {@link #INTERVAL}
 * after, on a worker: a draft holds an upload as sent (small counts, perhaps names the screen flagged), so its
 * {@link Drafts#TTL} must hold even for an organisation whose members never come back (docs/workspace.md, "Decision —
 * drafts are swept on a timer").
 */
final class DraftSweeper {
    /** Time between two sweeps: a draft outlives its TTL by at most this. */
    static final Duration INTERVAL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(DraftSweeper.class);

    private final Drafts drafts;
    private final WorkerExecutor workers;

    private DraftSweeper(Drafts drafts, WorkerExecutor workers) {
        this.drafts = drafts;
        this.workers = workers;
    }

    /**
     * Sweeps now and then every {@code interval} until {@code vertx} closes; the future is the first sweep's (how many
     * drafts and half-received uploads it deleted).
     */
    static Future<Integer> start(Vertx vertx, WorkerExecutor workers, Drafts drafts, Duration interval) {
        DraftSweeper sweeper = new DraftSweeper(drafts, workers);
        vertx.setPeriodic(interval.toMillis(), interval.toMillis(), id -> sweeper.sweep());
        return sweeper.sweep();
    }

    private Future<Integer> sweep() {
        return workers.executeBlocking(drafts::sweepAll, false)
                .onSuccess(n -> {
                    if (n > 0) {
                        LOG.info("Deleted {} draft(s) and half-received upload(s) past their lifetime", n);
                    }
                })
                .onFailure(x -> LOG.warn("Sweeping the drafts failed ({}); the next sweep tries again", x.toString()));
    }
}
