package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.api.FederationRoutes;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.web.ProblemHandler;

/** Who may start a harvest at {@code POST /api/harvest} without an API key: a tool on the portal's own machine only. */
class HarvestTriggerTest {

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode portal;
    Federation federation;
    String url;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        portal = Nodes.start(dir, "https://portal.example.org/pravasi/", List.of(), "local-org");
        federation = Federation.create(portal, HarvestLimits.DEFAULTS);
        Router router = Router.router(vertx);
        new FederationRoutes(federation, portal.keys(), NodeRoutes.workers(vertx)).mount(router);
        router.route().failureHandler(ProblemHandler.create(1024));
        url = "http://127.0.0.1:"
                + vertx.createHttpServer()
                        .requestHandler(router)
                        .listen(0, "127.0.0.1")
                        .await()
                        .actualPort() + "/api/harvest";
    }

    @AfterEach
    void stop() {
        federation.close();
        vertx.close().await();
        portal.close();
    }

    @Test
    @DisplayName("curl on the portal's machine starts a harvest without a key")
    void aToolOnTheMachineMayStartAHarvest() throws Exception {
        assertEquals(202, post(HttpRequest.newBuilder(URI.create(url))));
    }

    @Test
    @DisplayName(
            "a web page in a browser on the portal's machine cannot start one (a cross-site POST needs no preflight)")
    void aBrowserOnTheMachineMayNot() throws Exception {
        // Before: both were 202, since the connection came from 127.0.0.1 and carried no proxy header.
        assertEquals(403, post(HttpRequest.newBuilder(URI.create(url)).header("Origin", "https://evil.example")));
        assertEquals(403, post(HttpRequest.newBuilder(URI.create(url)).header("Sec-Fetch-Site", "cross-site")));
    }

    private static int post(HttpRequest.Builder request) throws Exception {
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(
                            request.POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        }
    }
}
