package org.pravasi.registry.config;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Reads a {@link NodeConfig} from command-line flags ({@code --port 8080} or {@code --port=8080}) and {@code PRAVASI_*}
 * environment variables; a flag wins over the environment. The flags are {@link NodeOptions}, parsed by picocli as the
 * command lines do.
 */
public final class ConfigReader {
    private final Map<String, String> env;

    /** Creates a reader over the given environment (use {@code System.getenv()}). */
    public ConfigReader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Parses the flags; unknown flags and bad values fail with a {@link ConfigException}. */
    public NodeConfig read(List<String> args) {
        return parse(args).config();
    }

    /**
     * Reads the rate limits ({@code --rate-publish PER_KEY[,PER_IP]}, {@code --rate-sparql PER_IP}); defaults where
     * absent.
     */
    public RateLimits readRateLimits(List<String> args) {
        return parse(args).rateLimits();
    }

    private NodeOptions parse(List<String> args) {
        NodeFlags holder = new NodeFlags();
        CommandLine cmd = new CommandLine(holder);
        cmd.setOverwrittenOptionsAllowed(true); // the last of a repeated flag wins, as on the command line
        new EnvironmentDefaults(env).install(cmd);
        try {
            cmd.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(e.getMessage());
        }
        return holder.options;
    }

    @Command(name = "node")
    private static final class NodeFlags {
        @Mixin
        NodeOptions options = new NodeOptions();
    }
}
