package org.pravasi.registry.cli;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import java.util.concurrent.Callable;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.NodeOptions;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.web.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code serve [flags]}: runs a standalone registry node until interrupted. */
@Command(name = "serve", description = "Runs a standalone registry node until interrupted (Ctrl-C stops it cleanly).")
final class ServeCommand implements Callable<Integer> {
    private final Streams streams;

    @Mixin
    NodeOptions options;

    ServeCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
        NodeConfig config = options.config();
        var limits = options.rateLimits();
        RegistryNode node = RegistryNode.start(config);
        Vertx vertx = Vertx.vertx();
        WorkerExecutor workers = NodeRoutes.workers(vertx);
        HttpServer server = NodeRoutes.connectionGuard(vertx, config)
                .guard(
                        vertx.createHttpServer(ServerOptions.listeningOn(config.host(), config.port())),
                        NodeRoutes.standalone(vertx, node, workers, limits))
                .listen()
                .await();
        streams.out()
                .println("Pravasi registry node ready at http://" + config.host() + ":" + server.actualPort()
                        + node.fuseki().map(f -> " — SPARQL " + f.queryUrl()).orElse(""));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close().await();
                            vertx.close().await();
                            node.close();
                        },
                        "pravasi-shutdown"));
        Thread.currentThread().join();
        return ExitCode.OK.code();
    }
}
