package org.pravasi.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pravasi.registry.store.Compaction;

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
 * @param resultBytes largest SPARQL answer, in bytes, in any format
 * @param allowService whether SPARQL SERVICE may reach other hosts
 * @param harvestIntervalSeconds how often a portal harvests its peers (portal only)
 * @param compaction when the store compacts itself online
 * @param connections how many connections the HTTP server keeps open, and how long it waits for a request's head
 * @param reads how many reads of one client the HTTP server handles at once, and how many wait
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
        long resultBytes,
        boolean allowService,
        int harvestIntervalSeconds,
        Compaction compaction,
        ConnectionLimits connections,
        ReadShare reads) {

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
    /**
     * Default largest SPARQL answer: 32 MiB, in any format; each answer is built in memory, so the 4 query threads hold
     * at most 128 MiB of answers at once.
     */
    public static final long DEFAULT_RESULT_BYTES = 32L * 1024 * 1024;
    /** Largest SPARQL answer a node may be configured to build in memory: 1 GiB. */
    public static final long MAX_RESULT_BYTES = 1024L * 1024 * 1024;
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
        Objects.requireNonNull(compaction, "compaction");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(reads, "reads");
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
        if (resultBytes < 1024 || resultBytes > MAX_RESULT_BYTES) {
            throw new ConfigException("--result-bytes " + resultBytes + " is out of range: use 1024.."
                    + MAX_RESULT_BYTES + " bytes (an answer is built in memory)");
        }
        if (harvestIntervalSeconds < 1 || harvestIntervalSeconds > 86_400) {
            throw new ConfigException(
                    "--harvest-interval " + harvestIntervalSeconds + " s is out of range: use 1..86400 seconds");
        }
    }

    /** The defaults, with the data folder given. */
    public static NodeConfig defaults(Path dataDir) {
        return builder(dataDir).build();
    }

    /**
     * A builder that starts from the {@linkplain #defaults(Path) defaults}, so that a caller names only what it
     * changes: {@code NodeConfig.builder(dir).port(0).peers(peers).build()}.
     */
    public static Builder builder(Path dataDir) {
        return new Builder(Objects.requireNonNull(dataDir, "dataDir"));
    }

    /** A builder holding these settings, to derive a configuration that differs in a few of them. */
    public Builder toBuilder() {
        return new Builder(dataDir)
                .baseUri(baseUri)
                .port(port)
                .fusekiPort(fusekiPort)
                .host(host)
                .geoDir(geoDir)
                .threshold(threshold)
                .maxUploadBytes(maxUploadBytes)
                .peers(peers)
                .datasetsDir(datasetsDir)
                .queryTimeoutMs(queryTimeoutMs)
                .resultCap(resultCap)
                .resultBytes(resultBytes)
                .allowService(allowService)
                .harvestIntervalSeconds(harvestIntervalSeconds)
                .compaction(compaction)
                .connections(connections)
                .reads(reads);
    }

    /**
     * Collects settings by name, each starting at its default; {@link #build()} checks them all, with the messages of
     * the canonical constructor. Each setter is named after the record component it sets.
     */
    public static final class Builder {
        private Path dataDir;
        private String baseUri = DEFAULT_BASE_URI;
        private int port = DEFAULT_PORT;
        private int fusekiPort = DEFAULT_FUSEKI_PORT;
        private String host = DEFAULT_HOST;
        private Optional<Path> geoDir = Optional.empty();
        private int threshold = DEFAULT_THRESHOLD;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private List<String> peers = List.of();
        private Optional<Path> datasetsDir = Optional.empty();
        private long queryTimeoutMs = DEFAULT_QUERY_TIMEOUT_MS;
        private int resultCap = DEFAULT_RESULT_CAP;
        private long resultBytes = DEFAULT_RESULT_BYTES;
        private boolean allowService;
        private int harvestIntervalSeconds = DEFAULT_HARVEST_INTERVAL_SECONDS;
        private Compaction compaction = Compaction.DEFAULT;
        private ConnectionLimits connections = ConnectionLimits.DEFAULTS;
        private ReadShare reads = ReadShare.DEFAULTS;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        /** Sets {@link NodeConfig#dataDir()}. */
        public Builder dataDir(Path value) {
            dataDir = value;
            return this;
        }

        /** Sets {@link NodeConfig#baseUri()}. */
        public Builder baseUri(String value) {
            baseUri = value;
            return this;
        }

        /** Sets {@link NodeConfig#port()}. */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Sets {@link NodeConfig#fusekiPort()}. */
        public Builder fusekiPort(int value) {
            fusekiPort = value;
            return this;
        }

        /** Sets {@link NodeConfig#host()}. */
        public Builder host(String value) {
            host = value;
            return this;
        }

        /** Sets {@link NodeConfig#geoDir()}. */
        public Builder geoDir(Optional<Path> value) {
            geoDir = value;
            return this;
        }

        /** Sets {@link NodeConfig#geoDir()} to the given folder. */
        public Builder geoDir(Path value) {
            return geoDir(Optional.of(value));
        }

        /** Sets {@link NodeConfig#threshold()}. */
        public Builder threshold(int value) {
            threshold = value;
            return this;
        }

        /** Sets {@link NodeConfig#maxUploadBytes()}. */
        public Builder maxUploadBytes(long value) {
            maxUploadBytes = value;
            return this;
        }

        /** Sets {@link NodeConfig#peers()}. */
        public Builder peers(List<String> value) {
            peers = value;
            return this;
        }

        /** Sets {@link NodeConfig#datasetsDir()}. */
        public Builder datasetsDir(Optional<Path> value) {
            datasetsDir = value;
            return this;
        }

        /** Sets {@link NodeConfig#datasetsDir()} to the given folder. */
        public Builder datasetsDir(Path value) {
            return datasetsDir(Optional.of(value));
        }

        /** Sets {@link NodeConfig#queryTimeoutMs()}. */
        public Builder queryTimeoutMs(long value) {
            queryTimeoutMs = value;
            return this;
        }

        /** Sets {@link NodeConfig#resultCap()}. */
        public Builder resultCap(int value) {
            resultCap = value;
            return this;
        }

        /** Sets {@link NodeConfig#resultBytes()}. */
        public Builder resultBytes(long value) {
            resultBytes = value;
            return this;
        }

        /** Sets {@link NodeConfig#allowService()}. */
        public Builder allowService(boolean value) {
            allowService = value;
            return this;
        }

        /** Sets {@link NodeConfig#harvestIntervalSeconds()}. */
        public Builder harvestIntervalSeconds(int value) {
            harvestIntervalSeconds = value;
            return this;
        }

        /** Sets {@link NodeConfig#compaction()}. */
        public Builder compaction(Compaction value) {
            compaction = value;
            return this;
        }

        /** Sets {@link NodeConfig#connections()}. */
        public Builder connections(ConnectionLimits value) {
            connections = value;
            return this;
        }

        /** Sets {@link NodeConfig#reads()}. */
        public Builder reads(ReadShare value) {
            reads = value;
            return this;
        }

        /** The configuration; a value out of range fails with a {@link ConfigException} naming its flag. */
        public NodeConfig build() {
            return new NodeConfig(
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
                    resultBytes,
                    allowService,
                    harvestIntervalSeconds,
                    compaction,
                    connections,
                    reads);
        }
    }
}
