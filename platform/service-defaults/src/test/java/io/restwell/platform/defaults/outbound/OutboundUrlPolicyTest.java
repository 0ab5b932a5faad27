package io.restwell.platform.defaults.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundUrlPolicyTest {

    private final OutboundUrlPolicy production = new OutboundUrlPolicy(false);
    private final OutboundUrlPolicy local = new OutboundUrlPolicy(true);

    @ParameterizedTest
    @ValueSource(strings = {"https://clinic.example/restwell/webhooks", "https://hooks.clinic.example:8443/in?source=restwell",
            "https://93.184.216.34/hook", "https://[2606:2800:220:1:248:1893:25c8:1946]/hook"})
    void httpsToAPublicHostIsFine(String url) {
        assertEquals(Optional.empty(), production.problem(url));
        assertEquals(Optional.empty(), local.problem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://clinic.example/hook", "ftp://clinic.example/hook", "clinic.example/hook", "/hook",
            "https://user:pass@clinic.example/hook", "https://clinic.example/hook#part", "https://localhost/hook",
            "http://127.0.0.1:8080/hook", "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://192.168.0.10/hook",
            "https://172.16.5.4/hook", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook",
            "https://0.0.0.0/hook", "https://[::1]/hook", "https://[fd00::1]/hook", "https://[fe80::1]/hook",
            "https://booking-service.internal/hook", "https://printer.local/hook", "https://api.localhost/hook",
            "https://clinic example/hook", ""})
    void anythingElseIsRefusedInProduction(String url) {
        assertTrue(production.problem(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost:9000/hook", "http://[::1]:9000/hook"})
    void plainHttpToThisMachineIsAllowedOnlyWhereSwitchedOn(String url) {
        assertEquals(Optional.empty(), local.problem(url));
        assertTrue(production.problem(url).isPresent());
        assertTrue(local.problem(url.replace("http://", "ftp://")).isPresent());
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2001})
    void urlsAreAtMostTwoThousandCharacters(int length) {
        String base = "https://clinic.example/";
        String url = base + "a".repeat(length - base.length());
        assertEquals(length <= 2000, production.problem(url).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aNameIsCheckedAgainWhereItResolvesBeforeEachDelivery() throws Exception {
        InetAddress publicAddress = InetAddress.getByAddress("clinic.example", new byte[] {93, (byte) 184, (byte) 216, 34});
        InetAddress metadata = InetAddress.getByAddress("clinic.example", new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254});
        InetAddress privateV6 = InetAddress.getByAddress("clinic.example", HexFormat.of().parseHex("fd000000000000000000000000000001"));
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});

        assertEquals(Optional.empty(), production.problemWithAddresses("clinic.example", List.of(publicAddress)));
        assertTrue(production.problemWithAddresses("clinic.example", List.of(publicAddress, metadata)).orElseThrow()
                .contains("169.254.169.254")); // for the operators' log; partners see DESTINATION_NOT_ALLOWED
        assertTrue(production.problemWithAddresses("clinic.example", List.of(privateV6)).isPresent());
        assertTrue(production.problemWithAddresses("clinic.example", List.of()).isPresent());
        // this machine only by its own name, and only where switched on
        assertEquals(Optional.empty(), local.problemWithAddresses("localhost", List.of(loopback)));
        assertTrue(production.problemWithAddresses("localhost", List.of(loopback)).isPresent());
        assertTrue(local.problemWithAddresses("clinic.example", List.of(loopback)).isPresent());
    }

    /** IPv6 forms that carry an internal IPv4 address, and IPv6's own internal ranges: the reviewer's two first. */
    @ParameterizedTest
    @ValueSource(strings = {
            "https://[::127.0.0.1]/", // IPv4-compatible loopback
            "https://[64:ff9b::a9fe:a9fe]/", // NAT64 of the metadata address 169.254.169.254
            "https://[64:ff9b::169.254.169.254]/", "https://[64:ff9b::10.0.0.1]/", "https://[64:ff9b::7f00:1]/",
            "https://[64:ff9b:1::a9fe:a9fe]/", // local-use NAT64 prefix: refused whatever it carries
            "https://[::ffff:127.0.0.1]/", "https://[::ffff:7f00:1]/", "https://[::ffff:169.254.169.254]/",
            "https://[::ffff:10.1.2.3]/", "https://[0:0:0:0:0:ffff:192.168.0.1]/", // IPv4-mapped
            "https://[::10.1.2.3]/", "https://[::a9fe:a9fe]/", "https://[::0.0.0.0]/", // IPv4-compatible
            "https://[2002:7f00:1::1]/", "https://[2002:a9fe:a9fe::]/", "https://[2002:c0a8:1::5]/", // 6to4
            "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", // Teredo, client 127.0.0.1 (obfuscated)
            "https://[2001:0:a9fe:a9fe::1]/", // Teredo, server 169.254.169.254
            "https://[fc00::1]/", "https://[fd12:3456::1]/", // unique local
            "https://[fe80::1]/", "https://[febf::1]/", // link-local
            "https://[fec0::1]/", // site-local (deprecated)
            "https://[ff02::1]/", "https://[ff05::2]/", // multicast
            "https://[::]/", "https://[0:0:0:0:0:0:0:1]/", // unspecified, loopback (written so the local profile does not take it for localhost)
            "https://[2001:db8::1]/", // documentation
            "https://[100::1]/", // discard-only
            "https://[fd00:ec2::254]/", // a cloud's IPv6 metadata address
    })
    void ipv6FormsOfInternalAddressesAreRefused(String url) {
        assertTrue(production.problem(url).isPresent(), url);
        assertTrue(local.problem(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://[64:ff9b::5db8:d822]/hook", "https://[2002:5db8:d822::1]/hook",
            "https://[::ffff:93.184.216.34]/hook", "https://[2001:0:5db8:d822::a247:27dd]/hook"})
    void ipv6FormsOfPublicAddressesAreFine(String url) {
        // NAT64, 6to4, mapped and Teredo (server and client 93.184.216.34) of a public address
        assertEquals(Optional.empty(), production.problem(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://2130706433/", "https://0x7f.1/", "https://127.1/", "https://0177.0.0.1/",
            "https://0x7f000001/", "https://localhost./hook", "https://10.0.0.1./hook"})
    void numericAndTrailingDotHostsThatAResolverReadsAsInternalAreRefused(String url) {
        assertTrue(production.problem(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::127.0.0.1", "64:ff9b::a9fe:a9fe", "::ffff:10.0.0.1", "2002:a9fe:a9fe::1",
            "2001:0:4136:e378:8000:63bf:80ff:fffe", "fd00::1", "fe80::1", "fec0::1", "ff02::1", "::", "::1",
            "169.254.169.254", "100.100.100.200", "192.0.0.170", "198.18.0.1", "240.0.0.1", "255.255.255.255"})
    void resolvedAddressesAreJudgedTheSameWayBeforeEachDelivery(String literal) throws Exception {
        InetAddress address = InetAddress.getByName(literal);
        assertTrue(production.problemWithAddresses("clinic.example", List.of(address)).isPresent(), literal);
        assertTrue(local.problemWithAddresses("clinic.example", List.of(address)).isPresent(), literal);
    }

    @org.junit.jupiter.api.Test
    void aRawIpv6AddressCarryingAnInternalIpv4OneIsNotPublic() throws Exception {
        // built from bytes, so Java cannot turn a mapped address into an IPv4 one on the way
        byte[] mapped = HexFormat.of().parseHex("00000000000000000000ffffa9fea9fe");
        assertTrue(production.problemWithAddresses("clinic.example",
                List.of(java.net.Inet6Address.getByAddress("clinic.example", mapped, null))).isPresent());
        assertEquals(Optional.empty(), production.problemWithAddresses("clinic.example",
                List.of(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"))));
    }
}
