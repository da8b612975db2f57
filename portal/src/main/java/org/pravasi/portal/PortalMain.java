package org.pravasi.portal;

import java.util.Arrays;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.ConfigReader;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.RateLimits;

/** Entry point of {@code pravasi-portal.jar}: reads flags and {@code PRAVASI_*} variables, starts the portal. */
public final class PortalMain {
    private PortalMain() {}

    /** Starts the portal and keeps it running until Ctrl-C, which shuts it down cleanly. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("""
                    Usage: java -jar pravasi-portal.jar [--port 8080] [--data data] [--geo DIR] [--base-uri URI]
                           [--fuseki-port PORT] [--threshold 10] [--datasets DIR] [--peer URL=BASE ...]
                           [--peers-file FILE] [--harvest-interval 30]
                           [--query-timeout 10000] [--result-cap 10000] [--allow-service]
                           [--rate-publish 30,60] [--rate-sparql 120]   (requests per minute; 0 = no limit)
                    Every flag can also be set as PRAVASI_<FLAG> (e.g. PRAVASI_PORT=9090).""");
            return;
        }
        NodeConfig config;
        RateLimits limits;
        try {
            config = new ConfigReader(System.getenv()).read(Arrays.asList(args));
            limits = new ConfigReader(System.getenv()).readRateLimits(Arrays.asList(args));
        } catch (ConfigException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Portal portal = Portal.start(config, limits);
        System.out.println("Pravasi portal listening on http://" + config.host() + ":" + portal.port()
                + portal.node()
                        .fuseki()
                        .map(f -> " (Fuseki SPARQL " + f.queryUrl() + ")")
                        .orElse(""));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "pravasi-shutdown"));
        Thread.currentThread().join();
    }
}
