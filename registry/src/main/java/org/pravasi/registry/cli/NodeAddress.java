package org.pravasi.registry.cli;

import java.net.URI;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.Env;
import picocli.CommandLine.Option;

/** {@code --node URL --key KEY}: the node a command talks to and the organisation's API key. */
final class NodeAddress {
    @Env
    @Option(
            names = "--node",
            required = true,
            paramLabel = "URL",
            description = "the node's address, e.g. http://127.0.0.1:8080")
    String node;

    @Env
    @Option(
            names = "--key",
            required = true,
            paramLabel = "KEY",
            description = "your organisation's API key, from 'pravasi-registry keys create'")
    String key;

    /** The node's base URL without a trailing slash; a missing or malformed one fails with a usage error. */
    String url() {
        if (node == null || node.isBlank()) {
            throw new ConfigException(
                    "Missing --node (or PRAVASI_NODE): the node's address, e.g. --node" + " http://127.0.0.1:8080");
        }
        String url = node.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !url.matches("(?i)https?://.*")) {
            throw new ConfigException(
                    "--node '" + node + "' is not an http(s) address: use e.g. --node" + " http://127.0.0.1:8080");
        }
        return url;
    }

    /** The API key; a blank one fails with a usage error. */
    String key() {
        if (key.isBlank()) {
            throw new ConfigException("--key is blank: give your organisation's API key (or set PRAVASI_KEY)");
        }
        return key.strip();
    }
}
