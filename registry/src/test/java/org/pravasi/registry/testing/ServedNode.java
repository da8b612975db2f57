package org.pravasi.registry.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpRequest;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.node.RegistryNode;

/**
 * A real node served over real HTTP on 127.0.0.1, port 0, with the node's own routes: the fixture API tests share.
 * Closing it stops the server and closes the node.
 */
public final class ServedNode implements AutoCloseable {
    private final RegistryNode node;
    private final Vertx vertx;
    private final HttpServer server;

    private ServedNode(RegistryNode node, Vertx vertx, HttpServer server) {
        this.node = node;
        this.vertx = vertx;
        this.server = server;
    }

    /** Serves {@code node}; the fixture owns it from now on and closes it. */
    public static ServedNode serve(RegistryNode node) {
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(NodeRoutes.standalone(vertx, node, NodeRoutes.workers(vertx)))
                    .listen(0, "127.0.0.1")
                    .await();
            return new ServedNode(node, vertx, server);
        } catch (RuntimeException e) {
            vertx.close().await();
            node.close();
            throw e;
        }
    }

    /** The node behind the server. */
    public RegistryNode node() {
        return node;
    }

    /** The server's port. */
    public int port() {
        return server.actualPort();
    }

    /** The server's base URL, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The address of {@code path} (starting with a slash) on this server. */
    public URI uri(String path) {
        return URI.create(url() + path);
    }

    /** A request builder for {@code path} on this server. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    /** A new API key of organisation {@code org}, as its secret. */
    public String key(String org) {
        return node.keys().create(org).secret();
    }

    @Override
    public void close() {
        try {
            vertx.close().await();
        } finally {
            node.close();
        }
    }
}
