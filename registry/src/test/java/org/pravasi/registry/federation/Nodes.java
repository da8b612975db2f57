package org.pravasi.registry.federation;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

/** Real registry nodes for federation tests: TDB2 in a temporary folder, no geography, HTTP on 127.0.0.1 port 0. */
final class Nodes {
    static final String BASE_A = "https://node-a.example.org/pravasi/";
    static final String BASE_B = "https://node-b.example.org/pravasi/";

    private Nodes() {}

    /**
     * A node with its own base URI, harvesting {@code peers} ({@code URL BASE} each), with organisation {@code org}
     * registered.
     */
    static RegistryNode start(Path dir, String base, List<String> peers, String org) {
        RegistryNode node = RegistryNode.start(NodeConfig.builder(dir)
                .baseUri(base)
                .port(0)
                .peers(peers)
                .harvestIntervalSeconds(1)
                .build());
        node.organisations().upsert(Organisation.named(org, org));
        return node;
    }

    /** Serves the node's HTTP API; returns its URL. */
    static String serve(Vertx vertx, RegistryNode node) {
        HttpServer server = vertx.createHttpServer()
                .requestHandler(NodeRoutes.standalone(vertx, node, NodeRoutes.workers(vertx)))
                .listen(0, "127.0.0.1")
                .await();
        return "http://127.0.0.1:" + server.actualPort() + "/";
    }

    /** Publishes a small cases-by-district-and-quarter table; {@code scale} changes the figures (all at least 20). */
    static PublishOutcome publish(RegistryNode node, String org, String slug, String title, int scale) {
        String descriptor = """
                {"slug": "%s", "publisher": "%s", "title": "%s", "description": "Cases recorded by the centre.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(slug, org, title);
        String csv = "district,quarter,cases\n201,2024-Q1," + 20 * scale + "\n201,2024-Q2," + 30 * scale
                + "\n62,2024-Q1," + 25 * scale + "\n62,2024-Q2," + 40 * scale + "\n";
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        org,
                        slug + ".json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        slug + ".csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        false));
        if (o.status() != PublishOutcome.Status.PUBLISHED) {
            throw new IllegalStateException("Test publish refused: " + o.findings());
        }
        return o;
    }

    /** Every quad in the node's store. */
    static long quads(RegistryNode node) {
        return node.store().read(() -> Iter.count(node.store().dataset().find()));
    }

    /** Whether the store has a graph named {@code uri}. */
    static boolean hasGraph(RegistryNode node, String uri) {
        return node.store()
                .read(() -> node.store().dataset().containsGraph(org.apache.jena.graph.NodeFactory.createURI(uri)));
    }
}
