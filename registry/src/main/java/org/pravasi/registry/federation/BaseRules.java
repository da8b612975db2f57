package org.pravasi.registry.federation;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pravasi.ontology.PravasiUris;

/**
 * Which base URI a peer may claim. The operator decides: a peer must declare exactly the base configured for it
 * ({@code URL BASE} in {@code --peers-file}). Whatever is configured, no peer may publish in the project's namespace
 * ({@code https://w3id.org/pravasi/}, all of it) or this portal's own base, nor in a base that contains or lies inside
 * another peer's. URIs are compared after normalising scheme, host case, default port and percent escapes, so
 * {@code http://W3ID.org:443/%70ravasi/x/} is caught too. A peer keeps the base it declared first; a change is refused
 * until the operator resets it.
 */
final class BaseRules {
    private BaseRules() {}

    /** Why {@code peer} may not claim {@code declared}, or empty when it may. */
    static Optional<String> refusal(
            Peer peer, String declared, String pinned, String portalBase, Collection<PeerState> others) {
        for (String root : List.of(PravasiUris.BASE, portalBase)) {
            if (overlap(declared, root)) {
                return Optional.of("its declared base <" + declared + "> overlaps <" + root + ">, "
                        + (root.equals(portalBase)
                                ? "this portal's namespace"
                                : "the project's namespace (the vocabulary's, reserved whole)")
                        + "; a peer must publish under a base of its own, e.g. https://data.example.org/pravasi/");
            }
        }
        if (peer.base().isEmpty()) {
            return Optional.of("no base URI is configured for it (it declares <" + PeerClient.clip(declared)
                    + ">); the operator must name "
                    + "the base each peer may publish under: write '" + peer.url()
                    + " BASE' in --peers-file, or --peer " + peer.url()
                    + "=BASE, where BASE is the --base-uri that node runs with and that its publishers own");
        }
        if (!declared.equals(peer.base())) {
            return Optional.of("it declares base <" + PeerClient.clip(declared)
                    + ">, but this portal is configured to harvest it under <"
                    + peer.base()
                    + ">; a peer may only publish under the base its operator configured (fix the peer's --base-uri, "
                    + "or the base in --peers-file if the peer moved)");
        }
        if (!pinned.isEmpty() && !pinned.equals(declared)) {
            return Optional.of(
                    "it now declares base <" + declared + "> but was harvested under <" + pinned
                            + ">; if the change is intended, stop the portal, remove its entry from data/federation/peers.json and start again");
        }
        for (PeerState o : others) {
            if (!o.url().equals(peer.url()) && !o.base().isEmpty() && overlap(declared, o.base())) {
                return Optional.of("its declared base <" + declared + "> overlaps peer " + o.url() + "'s base <"
                        + o.base() + ">; each node needs a base of its own");
            }
        }
        return Optional.empty();
    }

    /** Whether one base contains the other, compared in normal form. */
    static boolean overlap(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    /**
     * A base without its scheme, with its host in lower case (and no trailing dot), its default port dropped and its
     * path unescaped, so that spellings of one namespace compare equal.
     */
    static String normal(String base) {
        try {
            URI u = URI.create(base);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            while (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            int port = u.getPort() == 80 || u.getPort() == 443 ? -1 : u.getPort();
            String path = u.getPath() == null ? "" : u.getPath();
            return host + (port < 0 ? "" : ":" + port) + (path.endsWith("/") ? path : path + "/");
        } catch (IllegalArgumentException e) {
            return base.toLowerCase(Locale.ROOT);
        }
    }
}
