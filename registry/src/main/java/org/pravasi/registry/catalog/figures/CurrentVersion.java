package org.pravasi.registry.catalog.figures;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.registry.store.Store;

/**
 * Where the figures find "the current version of dataset X". One method, so that it can be pointed at the
 * catalogue's read model; {@link #inStore} reads the dataset's {@code dcat:hasCurrentVersion} from its record graph.
 */
@FunctionalInterface
public interface CurrentVersion {
    /** {@code dcat:hasCurrentVersion}; the integrator points this at the vocabulary constant in {@code ontology}. */
    Node HAS_CURRENT_VERSION = NodeFactory.createURI("http://www.w3.org/ns/dcat#hasCurrentVersion");

    /** The URI of the current version of {@code datasetUri}, if it has one. */
    Optional<String> of(String datasetUri);

    /** Reads the link in the store, in a read transaction of its own. */
    static CurrentVersion inStore(Store store) {
        return datasetUri -> store.read(() -> {
            Node ds = NodeFactory.createURI(datasetUri);
            Iterator<Quad> it = store.dataset().find(ds, ds, HAS_CURRENT_VERSION, Node.ANY);
            try {
                Node version = it.hasNext() ? it.next().getObject() : null;
                return version != null && version.isURI() ? Optional.of(version.getURI()) : Optional.<String>empty();
            } finally {
                Iter.close(it);
            }
        });
    }
}
