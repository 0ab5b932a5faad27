package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8", "192.168.0.0/16", "fc00::/7", "127.0.0.1"));

    @Test
    void aDirectClientIsItsConnectionWhateverItWrites() {
        assertEquals("203.0.113.5", clients.clientOf("203.0.113.5", List.of("1.2.3.4")));
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", clients.clientOf("10.1.2.3", List.of("198.51.100.7")));
        // the client wrote "1.2.3.4"; the ingress appended the address it saw
        assertEquals("198.51.100.7", clients.clientOf("10.1.2.3", List.of("1.2.3.4, 198.51.100.7")));
        // two proxies of ours, and the chain split over two header lines
        assertEquals("198.51.100.7", clients.clientOf("10.1.2.3", List.of("1.2.3.4", "198.51.100.7, 192.168.4.4")));
        assertEquals("2001:db8:0:0:0:0:0:7", clients.clientOf("fd00::1", List.of("[2001:db8::7]:4711")));
        assertEquals("198.51.100.7", clients.clientOf("127.0.0.1", List.of("198.51.100.7:51234")));
    }

    @Test
    void withoutAUsableChainTheLastTrustedHopIsAllWeKnow() {
        assertEquals("10.1.2.3", clients.clientOf("10.1.2.3", List.of()));
        assertEquals("10.1.2.3", clients.clientOf("10.1.2.3", List.of("unknown")));
        assertEquals("192.168.4.4", clients.clientOf("10.1.2.3", List.of("not-an-ip, 192.168.4.4")));
        assertEquals("10.1.2.3", clients.clientOf("10.1.2.3", List.of("999.1.1.1")));
    }

    @Test
    void blocksMatchByPrefixAndNamesAreNeverLookedUp() {
        assertTrue(clients.isTrusted("10.255.255.255"));
        assertFalse(clients.isTrusted("11.0.0.1"));
        assertTrue(clients.isTrusted("192.168.200.1"));
        assertFalse(clients.isTrusted("192.169.0.1"));
        assertTrue(clients.isTrusted("127.0.0.1"));
        assertFalse(clients.isTrusted("127.0.0.2"));
        assertFalse(clients.isTrusted("localhost"));
        assertTrue(ClientAddresses.literal("example.org").isEmpty());
        assertTrue(new ClientAddresses(List.of("172.16.0.0/12")).isTrusted("172.31.255.1"));
        assertFalse(new ClientAddresses(List.of("172.16.0.0/12")).isTrusted("172.32.0.1"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("proxy.internal")));
    }
}
