package org.pravasi.registry.cli;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import java.util.List;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.config.ConfigReader;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.web.ServerOptions;

/** {@code serve [flags]}: runs a standalone registry node until interrupted. */
final class ServeCommand {

    int run(List<String> args) throws Exception {
        NodeConfig config = new ConfigReader(System.getenv()).read(args);
        RegistryNode node = RegistryNode.start(config);
        Vertx vertx = Vertx.vertx();
        WorkerExecutor workers = NodeRoutes.workers(vertx);
        HttpServer server = vertx.createHttpServer(ServerOptions.listeningOn(config.host(), config.port()))
                .requestHandler(NodeRoutes.standalone(
                        vertx, node, workers, new ConfigReader(System.getenv()).readRateLimits(args)))
                .listen()
                .await();
        System.out.println("Pravasi registry node ready at http://" + config.host() + ":" + server.actualPort()
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
        return 0;
    }
}
