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
        return new NodeConfig(
                data,
                value(flags, "base-uri").orElse(NodeConfig.DEFAULT_BASE_URI),
                number(flags, "port", Integer::parseInt).orElse(NodeConfig.DEFAULT_PORT),
                number(flags, "fuseki-port", Integer::parseInt).orElse(NodeConfig.DEFAULT_FUSEKI_PORT),
                value(flags, "host").orElse(NodeConfig.DEFAULT_HOST),
                value(flags, "geo").map(Path::of),
                number(flags, "threshold", Integer::parseInt).orElse(NodeConfig.DEFAULT_THRESHOLD),
                number(flags, "max-upload", Long::parseLong).orElse(NodeConfig.DEFAULT_MAX_UPLOAD_BYTES),
                peers,
                value(flags, "datasets").map(Path::of),
                number(flags, "query-timeout", Long::parseLong).orElse(NodeConfig.DEFAULT_QUERY_TIMEOUT_MS),
                number(flags, "result-cap", Integer::parseInt).orElse(NodeConfig.DEFAULT_RESULT_CAP),
                value(flags, "allow-service").map(Boolean::parseBoolean).orElse(false),
                number(flags, "harvest-interval", Integer::parseInt)
                        .orElse(NodeConfig.DEFAULT_HARVEST_INTERVAL_SECONDS));
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
