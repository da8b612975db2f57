package org.pravasi.portal.federation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One fake peer that {@link AttackerMain} serves, as data for its command line: a {@link FloodingPeer} or a
 * {@link HostilePeer}. {@link #encode()} is one argument (base64url parts separated by dots), {@link #decode} reads it
 * back.
 *
 * @param kind {@code flood} or {@code hostile}
 * @param base the base URI the peer declares
 * @param bytes a flood's size once armed (0 for a hostile peer)
 * @param realUrl the real node a hostile peer relays ("" for a flood)
 * @param realBase that node's base, rewritten to {@code base} ("" for a flood)
 * @param tamper what a hostile peer does to the graphs it relays
 */
record PeerSpec(String kind, String base, long bytes, String realUrl, String realBase, Tamper tamper) {
    /** A peer whose change feed, once armed, is about {@code bytes} of entries for datasets it does not have. */
    static PeerSpec flood(String base, long bytes) {
        return new PeerSpec("flood", base, bytes, "", "", Tamper.none());
    }

    /** A peer relaying the node at {@code realUrl} under {@code base}, tampering with its graphs. */
    static PeerSpec hostile(String realUrl, String realBase, String base, Tamper tamper) {
        return new PeerSpec("hostile", base, 0, realUrl, realBase, tamper);
    }

    String encode() {
        return String.join(
                ".", kind, b64(base), Long.toString(bytes), b64(realUrl), b64(realBase), b64(tamper.encode()));
    }

    static PeerSpec decode(String arg) {
        String[] p = arg.split("\\.", -1);
        if (p.length != 6 || !(p[0].equals("flood") || p[0].equals("hostile"))) {
            throw new IllegalArgumentException("Not a peer spec (flood|hostile.BASE.BYTES.URL.BASE.TAMPER): " + arg);
        }
        return new PeerSpec(p[0], text(p[1]), Long.parseLong(p[2]), text(p[3]), text(p[4]), Tamper.decode(text(p[5])));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String b64) {
        return new String(Base64.getUrlDecoder().decode(b64), StandardCharsets.UTF_8);
    }
}
