package org.pravasi.registry.federation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pravasi.ontology.PravasiUris;

/**
 * Which base URI a peer may claim: not the vocabulary's or this portal's namespace (nor a part of them that holds
 * shared or local things), and not one that contains or lies inside another peer's base. A peer keeps the base it
 * declared first; a change is refused until the operator resets it.
 */
final class BaseRules {
    /** Paths under a root that hold vocabulary, reference or local data: no peer base may lie inside them. */
    static final List<String> RESERVED = List.of("def", "code", "id/", "graph/", "shapes");

    private BaseRules() {
    }

    /** Why {@code peer} may not claim {@code declared}, or empty when it may. */
    static Optional<String> refusal(Peer peer, String declared, String pinned, String portalBase, Collection<PeerState> others) {
        if (!pinned.isEmpty() && !pinned.equals(declared)) {
            return Optional.of("it now declares base <" + declared + "> but was harvested under <" + pinned
                    + ">; if the change is intended, stop the portal, remove its entry from data/federation/peers.json and start again");
        }
        for (String root : List.of(PravasiUris.BASE, portalBase)) {
            if (root.startsWith(declared)) {
                return Optional.of("its declared base <" + declared + "> contains <" + root
                        + ">, the vocabulary's or this portal's namespace; start the node with its own --base-uri, e.g. https://data.example.org/pravasi/");
            }
            if (declared.startsWith(root) && RESERVED.stream().anyMatch(r -> declared.substring(root.length()).startsWith(r))) {
                return Optional.of("its declared base <" + declared + "> lies inside a reserved part of <" + root + "> (" + RESERVED + ")");
            }
        }
        for (PeerState o : others) {
            if (!o.url().equals(peer.url()) && !o.base().isEmpty() && (o.base().startsWith(declared) || declared.startsWith(o.base()))) {
                return Optional.of("its declared base <" + declared + "> overlaps peer " + o.url() + "'s base <" + o.base()
                        + ">; each node needs a base of its own");
            }
        }
        return Optional.empty();
    }
}
