package org.pravasi.registry.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The key that per-client limits (rate limits, SPARQL slots, sign-in attempts) count a client by. An IPv4 address is
 * one client. An IPv6 address is counted by its /64 network: one host is normally given a whole /64 and can send from
 * any of its 2^64 addresses, so counting single IPv6 addresses would let one client pass every per-client limit by
 * changing address per request. An IPv4 address written as IPv6 ({@code ::ffff:192.0.2.1}) is the IPv4 client.
 */
public final class ClientAddress {
    private ClientAddress() {}

    /** The client key of {@code host}, a literal IP address as the server saw it; anything else is kept as given. */
    public static String key(String host) {
        if (host == null || host.isBlank()) {
            return Requests.UNKNOWN_CLIENT;
        }
        String literal = host.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return host; // not an IP literal (e.g. a Unix socket path): never resolved by name
        }
        try {
            InetAddress a = InetAddress.getByName(literal);
            if (a instanceof Inet4Address) {
                return a.getHostAddress();
            }
            if (a instanceof Inet6Address) {
                byte[] b = a.getAddress();
                return String.format(
                        Locale.ROOT,
                        "%x:%x:%x:%x::/64",
                        ((b[0] & 0xff) << 8) | (b[1] & 0xff),
                        ((b[2] & 0xff) << 8) | (b[3] & 0xff),
                        ((b[4] & 0xff) << 8) | (b[5] & 0xff),
                        ((b[6] & 0xff) << 8) | (b[7] & 0xff));
            }
            return host;
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
