package org.pravasi.portal;

import java.util.concurrent.Callable;
import org.pravasi.registry.cli.CommandLines;
import org.pravasi.registry.cli.ExitCode;
import org.pravasi.registry.cli.Streams;
import org.pravasi.registry.cli.VersionProvider;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.NodeOptions;
import org.pravasi.registry.config.RateLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Entry point of {@code pravasi-portal.jar}: reads flags and {@code PRAVASI_*} variables ({@link NodeOptions}, through
 * picocli as the registry's commands do), starts the portal.
 */
@Command(
        name = "pravasi-portal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "Serves the Pravasi portal (pages, search, map, SPARQL, API) with an embedded registry node.",
            "The first start publishes the demo datasets into --data; Ctrl-C shuts down cleanly."
        },
        footer = {"", "Every flag can also be set as PRAVASI_<FLAG> (e.g. PRAVASI_PORT=9090); a flag wins."})
public final class PortalMain implements Callable<Integer> {
    private final Streams streams;

    @Mixin
    NodeOptions options;

    private PortalMain(Streams streams) {
        this.streams = streams;
    }

    /** The picocli model of the portal's command line (the README's configuration table is checked on it). */
    public static CommandLine commandLine(Streams streams) {
        return CommandLines.create(new PortalMain(streams), streams);
    }

    /**
     * Starts the portal and keeps it running until Ctrl-C, which shuts it down cleanly; {@code --help},
     * {@code --version} and bad flags end at once with their exit code.
     */
    public static void main(String[] args) {
        System.exit(commandLine(Streams.system()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        NodeConfig config = options.config();
        RateLimits limits = options.rateLimits();
        Portal portal = Portal.start(config, limits);
        streams.out()
                .println("Pravasi portal listening on http://" + config.host() + ":" + portal.port()
                        + portal.node()
                                .fuseki()
                                .map(f -> " (Fuseki SPARQL " + f.queryUrl() + ")")
                                .orElse(""));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "pravasi-shutdown"));
        Thread.currentThread().join();
        return ExitCode.OK.code();
    }
}
