package org.pravasi.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Per-client limits count an IPv6 client by its /64, so that changing address within it passes none of them. */
class ClientAddressTest {
    @Test
    void anIpv4AddressIsOneClient() {
        assertEquals("192.0.2.7", ClientAddress.key("192.0.2.7"));
        assertNotEquals(ClientAddress.key("192.0.2.7"), ClientAddress.key("192.0.2.8"));
    }

    @Test
    void everyAddressOfOneIpv6NetworkIsTheSameClient() {
        String one = ClientAddress.key("2001:db8:aa:bb::1");
        assertEquals(one, ClientAddress.key("2001:db8:aa:bb:ffff:ffff:ffff:fffe"));
        assertEquals(one, ClientAddress.key("2001:0db8:00aa:00bb:0:0:0:9"));
        assertEquals(one, ClientAddress.key("[2001:db8:aa:bb::77]"));
        assertEquals("2001:db8:aa:bb::/64", one);
    }

    @Test
    void anotherIpv6NetworkIsAnotherClient() {
        assertNotEquals(ClientAddress.key("2001:db8:aa:bb::1"), ClientAddress.key("2001:db8:aa:bc::1"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheIpv4Client() {
        assertEquals("192.0.2.7", ClientAddress.key("::ffff:192.0.2.7"));
    }

    @Test
    void aZoneIsIgnoredAndNoNameIsEverLookedUp() {
        assertEquals(ClientAddress.key("fe80::1"), ClientAddress.key("fe80::2%eth0"));
        assertEquals("portal.example.org", ClientAddress.key("portal.example.org"));
        assertEquals(Requests.UNKNOWN_CLIENT, ClientAddress.key(null));
    }
}
