package org.pravasi.registry.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded Fuseki serving the store read-only on loopback at {@code /pravasi} (query and Graph Store read):
 * researchers' standard endpoint, and what peers may federate with {@code SERVICE}.
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset name under which Fuseki serves the store. */
    public static final String DATASET_NAME = "/pravasi";
    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts Fuseki on {@code host:port} (0 = random) with the given query timeout. */
    public static SparqlServer start(Store store, String host, int port, long queryTimeoutMs) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(queryTimeoutMs));
        FusekiServer server = FusekiServer.create(OperationRegistry.createStd(), context)
                .loopback("127.0.0.1".equals(host) || "localhost".equals(host))
                .port(port)
                .enablePing(true)
                .add(DATASET_NAME, store.dataset(), false)
                .build()
                .start();
        LOG.info("Fuseki SPARQL endpoint (read-only) at http://{}:{}{}/sparql", host, server.getHttpPort(), DATASET_NAME);
        return new SparqlServer(server);
    }

    /** The port Fuseki listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint URL. */
    public String queryUrl() {
        return "http://127.0.0.1:" + port() + DATASET_NAME + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
