package org.pravasi.registry.federation;

import java.net.URI;
import java.util.Objects;
import org.pravasi.registry.config.ConfigException;

/**
 * A peer registry node, by its base URL (always ending with '/'), and the base URI the operator expects it to declare:
 * a peer declaring any other base is refused, so a node cannot choose which namespace it publishes in.
 *
 * @param url the node's HTTP address, e.g. {@code http://node-a.example.org:8080/}
 * @param base the base URI configured for it, e.g. {@code https://data.node-a.example.org/pravasi/}; "" when the
 *     operator gave none (such a peer is refused until one is configured)
 */
public record Peer(String url, String base) {
    /** What a configured peer looks like, for messages. */
    static final String SYNTAX =
            "URL BASE (or URL=BASE), e.g. 'http://node-a.example.org:8080/ https://data.node-a.example.org/pravasi/'";

    /** Checks the URL and the base and adds the URL's trailing slash. */
    public Peer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(base, "base");
        url = url.strip();
        base = base.strip();
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new ConfigException("--peer '" + url + "' is not an http(s) URL of a registry node; give " + SYNTAX);
        }
        if (!url.endsWith("/")) {
            url = url + "/";
        }
        if (!base.isEmpty() && !base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new ConfigException(
                    "--peer " + url + ": base '" + base + "' must be an http(s) URI ending with '/', the --base-uri "
                            + "the peer runs with; give " + SYNTAX);
        }
    }

    /** A peer with no configured base (refused at harvest, with a message saying how to configure it). */
    public Peer(String url) {
        this(url, "");
    }

    /** Reads a configured peer: {@code URL BASE}, {@code URL=BASE} or, refused at harvest, just {@code URL}. */
    public static Peer parse(String spec) {
        String s = Objects.requireNonNull(spec, "spec").strip();
        String[] parts = s.split("\\s+|=(?=https?://)", -1);
        if (parts.length > 2) {
            throw new ConfigException("--peer '" + spec + "' has more than a URL and a base; give " + SYNTAX);
        }
        return new Peer(parts[0], parts.length == 2 ? parts[1] : "");
    }

    /** The address of {@code path} (without a leading '/') on this peer. */
    public URI resolve(String path) {
        return URI.create(url + path);
    }
}
