package org.pravasi.registry.federation;

import java.time.Duration;
import java.util.Objects;
import org.pravasi.registry.config.NodeConfig;

/**
 * How much of the portal one peer may use: bytes read per answer, time per answer, silence tolerated, threads and
 * refused datasets remembered. The defaults are {@link NodeConfig}'s {@code PEER_*} constants; tests shrink them.
 *
 * @param infoMaxBytes largest {@code /api/node} answer
 * @param feedMaxBytes largest change feed
 * @param graphsMaxBytes largest graphs download of one dataset (after decompression)
 * @param connectTimeout longest wait for a connection
 * @param idleTimeout longest wait for response headers, and longest silence while reading a body
 * @param feedDeadline longest time for a whole node-info or change-feed answer
 * @param graphsDeadline longest time for one dataset's graphs, download and parse
 * @param threads harvesting threads shared by all peers
 * @param maxRefused refused datasets remembered per peer before the peer fails as a whole
 * @param checksPerRound datasets of one peer checked in one harvest; the rest wait for the next
 * @param checkBytesPerRound bytes of one peer's graphs read in one harvest; the dataset that crosses it is the last
 * @param refusedCpuPerMinute CPU time one peer's refused datasets and failed harvests may take, per minute on average
 *     ({@link RefusalCpu})
 * @param heldBytes largest graphs download held as bytes, parsed and checked in memory with others ({@link Download});
 *     a larger one is first written to a temporary file
 * @param heldMemory estimated heap all harvest threads together may fill with such larger downloads parsed into memory
 *     ({@link HeldMemory}); one that does not fit what is left has its version graph parsed straight into the store's
 *     write transaction, checked there, and committed or aborted
 * @param maxObservations most observations of one harvested version that the checks read; the checks hold each
 *     observation's cell (its key, count and lines) in the heap, so a version with more is refused, however tightly its
 *     peer packed it into {@code graphsMaxBytes}
 */
record HarvestLimits(
        long infoMaxBytes,
        long feedMaxBytes,
        long graphsMaxBytes,
        Duration connectTimeout,
        Duration idleTimeout,
        Duration feedDeadline,
        Duration graphsDeadline,
        int threads,
        int maxRefused,
        int checksPerRound,
        long checkBytesPerRound,
        Duration refusedCpuPerMinute,
        long heldBytes,
        long heldMemory,
        long maxObservations) {

    /** Datasets of one peer checked per harvest, by default: a peer cannot hold a harvest thread for long. */
    static final int CHECKS_PER_ROUND = 32;
    /** Bytes of one peer's graphs read per harvest, by default. */
    static final long CHECK_BYTES_PER_ROUND = 64L * 1024 * 1024;
    /**
     * CPU time per minute one peer's refused datasets and failed harvests may take, by default: 3 s, a twentieth of one
     * core, however many datasets the peer announces and however it changes their bytes.
     */
    static final Duration REFUSED_CPU_PER_MINUTE = Duration.ofSeconds(3);

    /**
     * Heap the harvest threads may fill with larger versions parsed into memory, by default: a quarter of the maximum
     * heap (128 MB in a 512 MB heap: a version of about 100,000 observations).
     */
    static final long HELD_MEMORY = Runtime.getRuntime().maxMemory() / 4;

    /**
     * Heap the checks of one harvested version take per observation, at most, as measured: a realistic table (withheld
     * cells, totals) of 100,000 observations is harvested in a 96 MB heap but not in 80 MB, beside the node's own 38
     * MB: 420–580 bytes each (bench/results/2026-12-07-s35-observation-cap.md).
     */
    static final long CHECKED_OBSERVATION_BYTES = 600;

    /**
     * Observations of one harvested version checked, by default: as many as fill a third of the maximum heap at
     * {@link #CHECKED_OBSERVATION_BYTES} each (about 298,000 in a 512 MiB heap), so that with {@link #HELD_MEMORY} (a
     * quarter) in use by other harvest threads, the node's readers still have the rest.
     */
    static final long MAX_OBSERVATIONS = Math.max(1, Runtime.getRuntime().maxMemory() / 3 / CHECKED_OBSERVATION_BYTES);

    /** The limits a portal runs with. */
    static final HarvestLimits DEFAULTS = new HarvestLimits(
            NodeConfig.PEER_INFO_MAX_BYTES,
            NodeConfig.PEER_FEED_MAX_BYTES,
            NodeConfig.PEER_GRAPHS_MAX_BYTES,
            NodeConfig.PEER_CONNECT_TIMEOUT,
            NodeConfig.PEER_IDLE_TIMEOUT,
            NodeConfig.PEER_FEED_DEADLINE,
            NodeConfig.PEER_GRAPHS_DEADLINE,
            NodeConfig.HARVEST_THREADS,
            NodeConfig.PEER_MAX_REFUSED,
            CHECKS_PER_ROUND,
            CHECK_BYTES_PER_ROUND,
            REFUSED_CPU_PER_MINUTE,
            Download.BUFFER,
            HELD_MEMORY,
            MAX_OBSERVATIONS);

    HarvestLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(feedDeadline, "feedDeadline");
        Objects.requireNonNull(graphsDeadline, "graphsDeadline");
        Objects.requireNonNull(refusedCpuPerMinute, "refusedCpuPerMinute");
        if (infoMaxBytes < 1
                || feedMaxBytes < 1
                || graphsMaxBytes < 1
                || threads < 1
                || maxRefused < 1
                || checksPerRound < 1
                || checkBytesPerRound < 1
                || heldBytes < 0
                || heldMemory < 0
                || maxObservations < 1
                || !refusedCpuPerMinute.isPositive()) {
            throw new IllegalArgumentException("harvest limits must be positive");
        }
    }

    /** These limits with other byte caps. */
    HarvestLimits withBytes(long feed, long graphs) {
        return new HarvestLimits(
                infoMaxBytes,
                feed,
                graphs,
                connectTimeout,
                idleTimeout,
                feedDeadline,
                graphsDeadline,
                threads,
                maxRefused,
                checksPerRound,
                checkBytesPerRound,
                refusedCpuPerMinute,
                heldBytes,
                heldMemory,
                maxObservations);
    }

    /** These limits with other times. */
    HarvestLimits withTimes(Duration idle, Duration feed, Duration graphs) {
        return new HarvestLimits(
                infoMaxBytes,
                feedMaxBytes,
                graphsMaxBytes,
                connectTimeout,
                idle,
                feed,
                graphs,
                threads,
                maxRefused,
                checksPerRound,
                checkBytesPerRound,
                refusedCpuPerMinute,
                heldBytes,
                heldMemory,
                maxObservations);
    }

    /** These limits with another checking budget per peer and harvest. */
    HarvestLimits withBudget(int checks, long bytes) {
        return new HarvestLimits(
                infoMaxBytes,
                feedMaxBytes,
                graphsMaxBytes,
                connectTimeout,
                idleTimeout,
                feedDeadline,
                graphsDeadline,
                threads,
                maxRefused,
                checks,
                bytes,
                refusedCpuPerMinute,
                heldBytes,
                heldMemory,
                maxObservations);
    }

    /** These limits with another CPU budget for a peer's refused datasets. */
    HarvestLimits withRefusedCpu(Duration perMinute) {
        return new HarvestLimits(
                infoMaxBytes,
                feedMaxBytes,
                graphsMaxBytes,
                connectTimeout,
                idleTimeout,
                feedDeadline,
                graphsDeadline,
                threads,
                maxRefused,
                checksPerRound,
                checkBytesPerRound,
                perMinute,
                heldBytes,
                heldMemory,
                maxObservations);
    }

    /**
     * These limits with another size above which a download is written to a temporary file rather than held, and
     * another heap for such downloads parsed into memory (0: every one is parsed into the store).
     */
    HarvestLimits withHeld(long bytes, long memory) {
        return new HarvestLimits(
                infoMaxBytes,
                feedMaxBytes,
                graphsMaxBytes,
                connectTimeout,
                idleTimeout,
                feedDeadline,
                graphsDeadline,
                threads,
                maxRefused,
                checksPerRound,
                checkBytesPerRound,
                refusedCpuPerMinute,
                bytes,
                memory,
                maxObservations);
    }

    /** These limits with another number of observations checked per harvested version. */
    HarvestLimits withMaxObservations(long observations) {
        return new HarvestLimits(
                infoMaxBytes,
                feedMaxBytes,
                graphsMaxBytes,
                connectTimeout,
                idleTimeout,
                feedDeadline,
                graphsDeadline,
                threads,
                maxRefused,
                checksPerRound,
                checkBytesPerRound,
                refusedCpuPerMinute,
                heldBytes,
                heldMemory,
                observations);
    }
}
