package org.pravasi.registry.federation;

import java.net.URI;
import java.util.Objects;
import org.pravasi.registry.config.ConfigException;

/**
 * A peer registry node, by its base URL (always ending with '/').
 *
 * @param url the node's HTTP address, e.g. {@code http://node-a.example.org:8080/}
 */
public record Peer(String url) {

    /** Checks the URL and adds the trailing slash. */
    public Peer {
        Objects.requireNonNull(url, "url");
        url = url.strip();
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new ConfigException("--peer '" + url + "' is not an http(s) URL of a registry node, e.g. http://node-a.example.org:8080/");
        }
        if (!url.endsWith("/")) {
            url = url + "/";
        }
    }

    /** The address of {@code path} (without a leading '/') on this peer. */
    public URI resolve(String path) {
        return URI.create(url + path);
    }
}
