package org.pravasi.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pravasi.registry.store.Compaction;
import picocli.CommandLine.Option;

/**
 * The flags of a node and of the portal that embeds one ({@code pravasi-registry serve}, {@code pravasi-portal.jar}),
 * as a picocli mixin; each may also be set as {@code PRAVASI_<FLAG>} ({@link EnvironmentDefaults}). The descriptions
 * are the README's configuration table.
 */
public final class NodeOptions {
    @Env
    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "" + NodeConfig.DEFAULT_PORT,
            description = "HTTP port of the portal (0 = a free port, printed at start)")
    int port;

    @Env
    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = NodeConfig.DEFAULT_HOST,
            description = "interface to bind")
    String host;

    @Env
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "folder of the TDB2 store, API key hashes, archive and search index")
    Path data;

    @Env
    @Option(
            names = "--geo",
            paramLabel = "DIR",
            description = "folder with the raw reference geography files (districts, LGD codes)")
    Path geo;

    @Env
    @Option(
            names = "--base-uri",
            paramLabel = "URI",
            defaultValue = NodeConfig.DEFAULT_BASE_URI,
            description = "base of this node's organisation, dataset and story URIs")
    String baseUri;

    @Env
    @Option(
            names = "--fuseki-port",
            paramLabel = "PORT",
            defaultValue = "" + NodeConfig.DEFAULT_FUSEKI_PORT,
            description = "start the embedded Fuseki SPARQL server on loopback at this port (0 = free port, -1 = off),"
                    + " for the operator; the public endpoint is `/sparql`")
    int fusekiPort;

    @Env
    @Option(
            names = "--threshold",
            paramLabel = "K",
            defaultValue = "" + NodeConfig.DEFAULT_THRESHOLD,
            description = "disclosure threshold k: counts 1..k-1 are withheld (never below "
                    + NodeConfig.MINIMUM_THRESHOLD + ")")
    int threshold;

    @Env
    @Option(
            names = "--max-upload",
            paramLabel = "BYTES",
            defaultValue = "" + NodeConfig.DEFAULT_MAX_UPLOAD_BYTES,
            description = "largest upload in bytes")
    long maxUpload;

    @Env
    @Option(
            names = "--datasets",
            paramLabel = "DIR",
            description = "demo datasets published on first start (default: `./datasets`, else the copy in the jar)")
    Path datasets;

    @Env
    @Option(
            names = "--query-timeout",
            paramLabel = "MS",
            defaultValue = "" + NodeConfig.DEFAULT_QUERY_TIMEOUT_MS,
            description = "SPARQL query timeout in ms")
    long queryTimeout;

    @Env
    @Option(
            names = "--result-cap",
            paramLabel = "ROWS",
            defaultValue = "" + NodeConfig.DEFAULT_RESULT_CAP,
            description = "most rows a SPARQL query returns")
    int resultCap;

    @Env
    @Option(
            names = "--result-bytes",
            paramLabel = "BYTES",
            defaultValue = "" + NodeConfig.DEFAULT_RESULT_BYTES,
            description = "largest SPARQL answer in bytes, in any format; a larger one is stopped and refused with 413")
    long resultBytes;

    @Env
    @Option(
            names = "--allow-service",
            arity = "0..1",
            paramLabel = "BOOLEAN",
            defaultValue = "false",
            fallbackValue = "true",
            description = "let SPARQL `SERVICE` call other endpoints")
    boolean allowService;

    @Env
    @Option(
            names = "--rate-publish",
            paramLabel = "PER_KEY[,PER_IP]",
            defaultValue = RateLimits.DEFAULT_PUBLISH_PER_KEY + "," + RateLimits.DEFAULT_PUBLISH_PER_IP,
            description = "publishing requests per minute per API key, per client IP (0 = no limit);"
                    + " over it: 429 + `Retry-After`")
    String ratePublish;

    @Env
    @Option(
            names = "--rate-sparql",
            paramLabel = "PER_IP",
            defaultValue = "" + RateLimits.DEFAULT_SPARQL_PER_IP,
            description = "SPARQL queries per minute per client IP, and at most 2 at once per IP (0 = neither limit)")
    String rateSparql;

    @Env
    @Option(
            names = "--peer",
            paramLabel = "URL=BASE",
            split = "\\s*[,\\n]\\s*",
            description = "a peer node to harvest and the base it must declare (repeatable; `PRAVASI_PEER`:"
                    + " comma-separated); a peer declaring another base, or configured without one, is refused")
    List<String> peer = new ArrayList<>();

    @Env
    @Option(
            names = "--peers-file",
            paramLabel = "FILE",
            description = "a file of peers, one `URL BASE` a line (`#` comments); no base may lie in"
                    + " `https://w3id.org/pravasi/` or the portal's `--base-uri`")
    Path peersFile;

    @Env
    @Option(
            names = "--harvest-interval",
            paramLabel = "SECONDS",
            defaultValue = "" + NodeConfig.DEFAULT_HARVEST_INTERVAL_SECONDS,
            description = "seconds between harvests of each peer")
    int harvestInterval;

    @Env
    @Option(
            names = "--compact-ratio",
            paramLabel = "RATIO",
            defaultValue = "" + Compaction.DEFAULT_RATIO,
            description = "compact the store online when `data/tdb2` grows past RATIO times its estimated live data,"
                    + " or RATIO² times its size after the last compaction (0 = never; readers go on, writes wait while"
                    + " it runs)")
    double compactRatio;

    @Env
    @Option(
            names = "--compact-min-size",
            paramLabel = "BYTES",
            defaultValue = "" + Compaction.DEFAULT_MIN_BYTES,
            description = "never compact the store automatically below this size")
    long compactMinSize;

    @Env
    @Option(
            names = "--max-connections",
            paramLabel = "TOTAL[,PER_CLIENT]",
            defaultValue = ConnectionLimits.DEFAULT_TOTAL + "," + ConnectionLimits.DEFAULT_PER_CLIENT,
            description = "HTTP connections open at once, in all and from one client IP (behind a reverse proxy, every"
                    + " connection is the proxy's); one over is closed when accepted")
    String maxConnections;

    @Env
    @Option(
            names = "--request-head-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + ConnectionLimits.DEFAULT_HEAD_TIMEOUT_SECONDS,
            description = "seconds a connection with no request in progress may take to send a request's line and"
                    + " headers; an idle keep-alive connection is closed after it too")
    int requestHeadTimeout;

    @Env
    @Option(
            names = "--reads-per-client",
            paramLabel = "RUNNING[,WAITING]",
            defaultValue = ReadShare.DEFAULT_RUNNING + "," + ReadShare.DEFAULT_WAITING,
            description = "GET and HEAD requests of one client IP handled at once, and more waiting their turn; one"
                    + " over is refused with 429 (downloads and SPARQL queries have their own limits; 0: no share,"
                    + " behind a reverse proxy that bounds clients itself)")
    String readsPerClient;

    /** The node's configuration; a value out of range fails with a {@link ConfigException} naming its flag. */
    public NodeConfig config() {
        List<String> peers = new ArrayList<>(
                peer.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
        if (peersFile != null) {
            peers.addAll(PeersFile.read(peersFile));
        }
        NodeConfig.Builder b = NodeConfig.builder(data)
                .baseUri(baseUri)
                .port(port)
                .fusekiPort(fusekiPort)
                .host(host)
                .threshold(threshold)
                .maxUploadBytes(maxUpload)
                .peers(peers)
                .queryTimeoutMs(queryTimeout)
                .resultCap(resultCap)
                .resultBytes(resultBytes)
                .allowService(allowService)
                .harvestIntervalSeconds(harvestInterval)
                .compaction(compaction())
                .connections(connections())
                .reads(reads());
        if (geo != null) {
            b.geoDir(geo);
        }
        if (datasets != null) {
            b.datasetsDir(datasets);
        }
        return b.build();
    }

    private Compaction compaction() {
        try {
            return new Compaction(compactRatio, compactMinSize);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private ConnectionLimits connections() {
        String[] parts = maxConnections.split(",", -1);
        try {
            int total = Integer.parseInt(parts[0].strip());
            int perClient = parts.length > 1
                    ? Integer.parseInt(parts[1].strip())
                    : Math.min(total, ConnectionLimits.DEFAULT_PER_CLIENT);
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            return new ConnectionLimits(
                    total, perClient, Duration.ofSeconds(requestHeadTimeout), ConnectionLimits.DEFAULT_DRAIN_TIMEOUT);
        } catch (NumberFormatException e) {
            throw new ConfigException("--max-connections '" + maxConnections
                    + "' is not TOTAL or TOTAL,PER_CLIENT in whole numbers (e.g. --max-connections 2000,256)");
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private ReadShare reads() {
        String[] parts = readsPerClient.split(",", -1);
        try {
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            int running = Integer.parseInt(parts[0].strip());
            int waiting = parts.length > 1
                    ? Integer.parseInt(parts[1].strip())
                    : running == 0 ? 0 : ReadShare.DEFAULT_WAITING;
            return new ReadShare(running, waiting);
        } catch (NumberFormatException e) {
            throw new ConfigException("--reads-per-client '" + readsPerClient
                    + "' is not RUNNING or RUNNING,WAITING in whole numbers (e.g. --reads-per-client 4,32, or 0)");
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** The rate limits of {@code --rate-publish} and {@code --rate-sparql}. */
    public RateLimits rateLimits() {
        return RateLimits.parse(java.util.Optional.of(ratePublish), java.util.Optional.of(rateSparql));
    }
}
