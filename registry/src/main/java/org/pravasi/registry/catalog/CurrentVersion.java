package org.pravasi.registry.catalog;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.DCAT3;

/**
 * The one place that reads which version of a dataset is current: {@code dcat:hasCurrentVersion} in the dataset's
 * record graph. Call inside a read transaction.
 */
final class CurrentVersion {
    private CurrentVersion() {}

    /** The current version of {@code dataset}; empty when it is unknown or withdrawn. */
    static Optional<VersionRef> of(DatasetGraph dsg, Node dataset) {
        var it = dsg.find(dataset, dataset, DCAT3.hasCurrentVersion.asNode(), Node.ANY);
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Node v = it.next().getObject();
        if (!v.isURI()) {
            return Optional.empty();
        }
        var n = dsg.find(dataset, v, DCAT3.version.asNode(), Node.ANY);
        String number = n.hasNext() ? n.next().getObject().getLiteralLexicalForm() : "";
        return Optional.of(new VersionRef(v.getURI(), number.matches("\\d{1,9}") ? Integer.parseInt(number) : 0));
    }
}
