package org.pravasi.registry.federation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.org.OrganisationNames;

/**
 * A peer's organisations held to this portal's one rule for names ({@link OrganisationNames}) against every name the
 * store holds: the publisher, and any other organisation of the peer's a bundle gives a name (a record may label one).
 * Run where the bundle is written, in its write transaction, so that two peers cannot take one name at once.
 */
final class PeerOrganisationNames {
    private PeerOrganisationNames() {}

    /** Adds a problem per name of {@code b}'s organisations the rule refuses, given what {@code store} holds. */
    static void check(DatasetGraph store, Bundle b, List<String> problems) {
        String publisher = b.publisher().getURI();
        String orgs = publisher.substring(0, publisher.lastIndexOf('/') + 1);
        Set<Node> named = new LinkedHashSet<>();
        for (Node g : b.graphs()) {
            for (Node p : Labels.LABEL_PROPERTIES) {
                b.quads().find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Node s = q.getSubject();
                    if (s.isURI() && s.getURI().startsWith(orgs) && s.getURI().indexOf('#') < 0) {
                        named.add(s);
                    }
                });
            }
        }
        if (named.isEmpty()) {
            return;
        }
        List<OrganisationNames.Held> held = OrganisationNames.held(store);
        for (Node org : named) {
            for (String name : OrganisationNames.names(b.quads(), org)) {
                OrganisationNames.check(org, true, name, held)
                        .ifPresent(r -> problems.add("organisation <" + org.getURI() + "> is refused: "
                                + clause(r.problem()) + " (the peer must rename it: " + clause(r.fix()) + ")"));
            }
        }
    }

    private static String clause(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
