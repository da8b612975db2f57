package org.pravasi.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of a registry node (and of the portal that embeds one), with its documented default.
 *
 * @param dataDir folder holding the TDB2 store, API key hashes and the search index
 * @param baseUri instance base URI for organisations, datasets and stories (ends with '/')
 * @param port HTTP port of the node's API or the portal (0 = random)
 * @param fusekiPort port of the embedded Fuseki SPARQL server on loopback (0 = random, -1 = off, the default)
 * @param host interface to bind (loopback by default)
 * @param geoDir folder with the raw reference geography files, if any
 * @param threshold disclosure threshold k: counts 1..k-1 are suppressed
 * @param maxUploadBytes largest accepted upload
 * @param peers peers to harvest (portal only), each {@code URL BASE} (or {@code URL=BASE}): the node's address and the
 *     base URI the operator expects it to declare
 * @param datasetsDir demo datasets to publish on first start (portal only)
 * @param queryTimeoutMs SPARQL query timeout
 * @param resultCap largest number of SPARQL result rows returned
 * @param allowService whether SPARQL SERVICE may reach other hosts
 * @param harvestIntervalSeconds how often a portal harvests its peers (portal only)
 */
public record NodeConfig(
        Path dataDir,
        String baseUri,
        int port,
        int fusekiPort,
        String host,
        Optional<Path> geoDir,
        int threshold,
        long maxUploadBytes,
        List<String> peers,
        Optional<Path> datasetsDir,
        long queryTimeoutMs,
        int resultCap,
        boolean allowService,
        int harvestIntervalSeconds) {

    /** Default instance base URI. */
    public static final String DEFAULT_BASE_URI = "https://w3id.org/pravasi/";
    /** Default portal / node HTTP port. */
    public static final int DEFAULT_PORT = 8080;
    /**
     * Default embedded Fuseki port: off ({@code -1}); {@code --fuseki-port 3030} starts it for the operator on
     * loopback.
     */
    public static final int DEFAULT_FUSEKI_PORT = -1;
    /** Default bind address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default disclosure threshold k. */
    public static final int DEFAULT_THRESHOLD = 10;
    /** Lowest threshold a node may be configured with. */
    public static final int MINIMUM_THRESHOLD = 5;
    /** Default upload limit: 64 MiB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    /** Default SPARQL query timeout: 10 s. */
    public static final long DEFAULT_QUERY_TIMEOUT_MS = 10_000;
    /** Default SPARQL result cap: 10,000 rows. */
    public static final int DEFAULT_RESULT_CAP = 10_000;
    /** Default interval between harvests of each peer: 30 s. */
    public static final int DEFAULT_HARVEST_INTERVAL_SECONDS = 30;
    /**
     * Largest change feed read from a peer: 16 MiB (about 60,000 entries); reading stops there and the harvest fails.
     */
    public static final long PEER_FEED_MAX_BYTES = 16L * 1024 * 1024;
    /** Largest answer read from a peer's {@code /api/node}: 64 KiB. */
    public static final long PEER_INFO_MAX_BYTES = 64L * 1024;
    /**
     * Largest graphs download of one peer dataset, after decompression: 256 MiB of N-Quads (about 200,000 observations,
     * parsed into about 190 MiB of heap); a larger dataset is refused, the peer's others go on.
     */
    public static final long PEER_GRAPHS_MAX_BYTES = 256L * 1024 * 1024;
    /** Longest wait for a peer to accept a connection: 5 s. */
    public static final Duration PEER_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Longest wait for a peer's response headers, and longest silence while reading a body: 30 s. */
    public static final Duration PEER_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Longest time for a whole node-info or change-feed answer, however the peer trickles it: 60 s. */
    public static final Duration PEER_FEED_DEADLINE = Duration.ofSeconds(60);
    /**
     * Longest time for one dataset's graphs download and parse: 5 min; a dataset over it is refused and ends that
     * harvest.
     */
    public static final Duration PEER_GRAPHS_DEADLINE = Duration.ofMinutes(5);
    /**
     * Threads harvesting peers, so at most this many datasets are held in memory at once; one harvest per peer: half
     * the cores, at least 1, so that checking what peers send never takes the cores readers need (1 on 2 cores).
     */
    public static final int HARVEST_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    /** Refused datasets remembered per peer; a peer with more is failing as a whole: 200. */
    public static final int PEER_MAX_REFUSED = 200;

    /** Checks every value at the edge so that a misconfiguration fails at start-up with a clear message. */
    public NodeConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(geoDir, "geoDir");
        Objects.requireNonNull(datasetsDir, "datasetsDir");
        peers = List.copyOf(peers);
        if (!baseUri.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new ConfigException(
                    "--base-uri '" + baseUri + "' must be an http(s) URI ending with '/', e.g. " + DEFAULT_BASE_URI);
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException("--port " + port + " is out of range: use 0..65535 (0 picks a free port)");
        }
        if (fusekiPort < -1 || fusekiPort > 65535) {
            throw new ConfigException(
                    "--fuseki-port " + fusekiPort + " is out of range: use 0..65535, or -1 to disable Fuseki");
        }
        if (threshold < MINIMUM_THRESHOLD) {
            throw new ConfigException("--threshold " + threshold
                    + " is too low: the disclosure threshold is never below " + MINIMUM_THRESHOLD);
        }
        if (maxUploadBytes < 1024) {
            throw new ConfigException("--max-upload " + maxUploadBytes + " is too small: use at least 1024 bytes");
        }
        if (queryTimeoutMs < 100) {
            throw new ConfigException("--query-timeout " + queryTimeoutMs + " ms is too short: use at least 100 ms");
        }
        if (resultCap < 1) {
            throw new ConfigException("--result-cap must be at least 1");
        }
        if (harvestIntervalSeconds < 1 || harvestIntervalSeconds > 86_400) {
            throw new ConfigException(
                    "--harvest-interval " + harvestIntervalSeconds + " s is out of range: use 1..86400 seconds");
        }
    }

    /** All settings but the harvest interval, which takes its default. */
    public NodeConfig(
            Path dataDir,
            String baseUri,
            int port,
            int fusekiPort,
            String host,
            Optional<Path> geoDir,
            int threshold,
            long maxUploadBytes,
            List<String> peers,
            Optional<Path> datasetsDir,
            long queryTimeoutMs,
            int resultCap,
            boolean allowService) {
        this(
                dataDir,
                baseUri,
                port,
                fusekiPort,
                host,
                geoDir,
                threshold,
                maxUploadBytes,
                peers,
                datasetsDir,
                queryTimeoutMs,
                resultCap,
                allowService,
                DEFAULT_HARVEST_INTERVAL_SECONDS);
    }

    /** The defaults, with the data folder given. */
    public static NodeConfig defaults(Path dataDir) {
        return new NodeConfig(
                dataDir,
                DEFAULT_BASE_URI,
                DEFAULT_PORT,
                DEFAULT_FUSEKI_PORT,
                DEFAULT_HOST,
                Optional.empty(),
                DEFAULT_THRESHOLD,
                DEFAULT_MAX_UPLOAD_BYTES,
                List.of(),
                Optional.empty(),
                DEFAULT_QUERY_TIMEOUT_MS,
                DEFAULT_RESULT_CAP,
                false);
    }
}
