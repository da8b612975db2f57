package org.pravasi.registry.config;

/**
 * Request rate limits, in requests per minute (0 = no limit): publishing per API key and per client IP, and SPARQL
 * queries per client IP. The command lines apply {@link #DEFAULTS}; an embedding program chooses its own.
 *
 * @param publishPerKey publishing requests (upload, withdrawal, story) per API key
 * @param publishPerIp publishing requests per client IP
 * @param sparqlPerIp SPARQL queries per client IP
 */
public record RateLimits(int publishPerKey, int publishPerIp, int sparqlPerIp) {
    /** Default publishing requests per key per minute. */
    public static final int DEFAULT_PUBLISH_PER_KEY = 30;
    /** Default publishing requests per IP per minute. */
    public static final int DEFAULT_PUBLISH_PER_IP = 60;
    /** Default SPARQL queries per IP per minute. */
    public static final int DEFAULT_SPARQL_PER_IP = 120;
    /** The documented defaults of {@code --rate-publish 30,60 --rate-sparql 120}. */
    public static final RateLimits DEFAULTS =
            new RateLimits(DEFAULT_PUBLISH_PER_KEY, DEFAULT_PUBLISH_PER_IP, DEFAULT_SPARQL_PER_IP);
    /** No limits. */
    public static final RateLimits OFF = new RateLimits(0, 0, 0);

    /** Checks the values. */
    public RateLimits {
        if (publishPerKey < 0 || publishPerIp < 0 || sparqlPerIp < 0) {
            throw new ConfigException("Rate limits are requests per minute: use 0 (no limit) or more");
        }
    }

    /** Parses {@code --rate-publish PER_KEY[,PER_IP]} and {@code --rate-sparql PER_IP} values (absent = default). */
    static RateLimits parse(java.util.Optional<String> publish, java.util.Optional<String> sparql) {
        int perKey = DEFAULT_PUBLISH_PER_KEY;
        int perIp = DEFAULT_PUBLISH_PER_IP;
        if (publish.isPresent()) {
            String[] p = publish.get().split(",");
            perKey = number("rate-publish", p[0]);
            perIp = p.length > 1 ? number("rate-publish", p[1]) : 2 * perKey;
        }
        return new RateLimits(
                perKey, perIp, sparql.map(s -> number("rate-sparql", s)).orElse(DEFAULT_SPARQL_PER_IP));
    }

    private static int number(String flag, String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("--" + flag + " '" + v
                    + "' is not a whole number of requests per minute (e.g. --rate-publish 30,60 --rate-sparql 120)");
        }
    }
}
