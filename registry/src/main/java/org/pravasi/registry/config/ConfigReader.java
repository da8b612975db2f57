package org.pravasi.registry.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a {@link NodeConfig} from command-line flags ({@code --port 8080} or {@code --port=8080}) and {@code PRAVASI_*}
 * environment variables; a flag wins over the environment.
 */
public final class ConfigReader {
    private static final List<String> FLAGS = List.of(
            "data",
            "base-uri",
            "port",
            "fuseki-port",
            "host",
            "geo",
            "threshold",
            "max-upload",
            "peer",
            "peers-file",
            "datasets",
            "query-timeout",
            "result-cap",
            "allow-service",
            "harvest-interval",
            "rate-publish",
            "rate-sparql");

    private final Map<String, String> env;

    /** Creates a reader over the given environment (use {@code System.getenv()}). */
    public ConfigReader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Parses the flags; unknown flags and bad values fail with a {@link ConfigException}. */
    public NodeConfig read(List<String> args) {
        Flags flags = Flags.parse(args, FLAGS);
        Path data = Path.of(value(flags, "data").orElse("data"));
        List<String> peers = new ArrayList<>(flags.all("peer"));
        value(flags, "peer")
                .filter(p -> flags.all("peer").isEmpty())
                .ifPresent(p -> peers.addAll(Arrays.stream(p.split("[,\\n]"))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .toList()));
        value(flags, "peers-file").ifPresent(f -> peers.addAll(PeersFile.read(Path.of(f))));
        NodeConfig.Builder config = NodeConfig.builder(data);
        value(flags, "base-uri").ifPresent(config::baseUri);
        number(flags, "port", Integer::parseInt).ifPresent(config::port);
        number(flags, "fuseki-port", Integer::parseInt).ifPresent(config::fusekiPort);
        value(flags, "host").ifPresent(config::host);
        value(flags, "geo").map(Path::of).ifPresent(config::geoDir);
        number(flags, "threshold", Integer::parseInt).ifPresent(config::threshold);
        number(flags, "max-upload", Long::parseLong).ifPresent(config::maxUploadBytes);
        config.peers(peers);
        value(flags, "datasets").map(Path::of).ifPresent(config::datasetsDir);
        number(flags, "query-timeout", Long::parseLong).ifPresent(config::queryTimeoutMs);
        number(flags, "result-cap", Integer::parseInt).ifPresent(config::resultCap);
        value(flags, "allow-service").map(Boolean::parseBoolean).ifPresent(config::allowService);
        number(flags, "harvest-interval", Integer::parseInt).ifPresent(config::harvestIntervalSeconds);
        return config.build();
    }

    /**
     * Reads the rate limits ({@code --rate-publish PER_KEY[,PER_IP]}, {@code --rate-sparql PER_IP}); defaults where
     * absent.
     */
    public RateLimits readRateLimits(List<String> args) {
        Flags flags = Flags.parse(args, FLAGS);
        return RateLimits.parse(value(flags, "rate-publish"), value(flags, "rate-sparql"));
    }

    private Optional<String> value(Flags flags, String name) {
        Optional<String> flag = flags.last(name);
        if (flag.isPresent()) {
            return flag;
        }
        String var = "PRAVASI_" + name.toUpperCase().replace('-', '_');
        return Optional.ofNullable(env.get(var)).filter(v -> !v.isBlank());
    }

    private <T> Optional<T> number(Flags flags, String name, Function<String, T> parse) {
        return value(flags, name).map(v -> {
            try {
                return parse.apply(v.trim());
            } catch (NumberFormatException e) {
                throw new ConfigException("--" + name + " '" + v + "' is not a whole number");
            }
        });
    }
}
