package org.pravasi.registry.config;

import java.time.Duration;

/**
 * What one server lets connections alone hold, before any route sees a request ({@code registry.web.ConnectionGuard}).
 *
 * @param total connections open at once, from everyone
 * @param perClient connections open at once from one client (an IPv4 address or an IPv6 /64, as
 *     {@code registry.web.ClientAddress} keys them); behind a reverse proxy every connection comes from the proxy, so
 *     raise it there
 * @param headTimeout how long a connection with no request in progress may take to send the whole head (request line
 *     and headers) of its next request: on a new connection, and after each response (an idle keep-alive connection is
 *     closed after it too)
 * @param drainTimeout how much longer a client may take to read a response that is sent, before its connection is
 *     closed
 */
public record ConnectionLimits(int total, int perClient, Duration headTimeout, Duration drainTimeout) {
    /**
     * Default connections at once from everyone: 2,000, about 300 visitors' browsers at once, and a bound on what
     * requests in progress hold in memory (2,000 × the largest public body read into memory, a SPARQL query's 64 KiB,
     * is 128 MiB of a 512 MiB heap).
     */
    public static final int DEFAULT_TOTAL = 2_000;
    /**
     * Default connections at once from one client: a browser opens 6 per site, a load test or a harvesting portal a few
     * dozen.
     */
    public static final int DEFAULT_PER_CLIENT = 256;
    /** Default seconds to send a request's head (Apache's {@code mod_reqtimeout} allows 20 s to 40 s). */
    public static final int DEFAULT_HEAD_TIMEOUT_SECONDS = 20;
    /** Default time to send a request's head. */
    public static final Duration DEFAULT_HEAD_TIMEOUT = Duration.ofSeconds(DEFAULT_HEAD_TIMEOUT_SECONDS);
    /** Default time to read a response once it is sent: as long as a download may stall. */
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(60);
    /** The documented defaults of {@code --max-connections 2000,256 --request-head-timeout 20}. */
    public static final ConnectionLimits DEFAULTS =
            new ConnectionLimits(DEFAULT_TOTAL, DEFAULT_PER_CLIENT, DEFAULT_HEAD_TIMEOUT, DEFAULT_DRAIN_TIMEOUT);

    /** Checks the values, with messages naming the flags that set them. */
    public ConnectionLimits {
        if (total < 1 || perClient < 1 || perClient > total) {
            throw new IllegalArgumentException("--max-connections " + total + "," + perClient
                    + " is out of range: use TOTAL,PER_CLIENT with 1 <= PER_CLIENT <= TOTAL (e.g. 2000,256)");
        }
        if (headTimeout.isNegative() || headTimeout.isZero() || headTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("--request-head-timeout " + headTimeout.toSeconds()
                    + " is out of range: use 1..3600 seconds (e.g. 20)");
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("The time to read a response must not be negative: " + drainTimeout);
        }
    }

    /** These limits with another head timeout. */
    public ConnectionLimits withHeadTimeout(Duration value) {
        return new ConnectionLimits(total, perClient, value, drainTimeout);
    }
}
