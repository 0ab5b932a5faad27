package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy production = new WebhookUrlPolicy(false);
    private final WebhookUrlPolicy local = new WebhookUrlPolicy(true);

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
                .contains("169.254.169.254"));
        assertTrue(production.problemWithAddresses("clinic.example", List.of(privateV6)).isPresent());
        assertTrue(production.problemWithAddresses("clinic.example", List.of()).isPresent());
        // this machine only by its own name, and only where switched on
        assertEquals(Optional.empty(), local.problemWithAddresses("localhost", List.of(loopback)));
        assertTrue(production.problemWithAddresses("localhost", List.of(loopback)).isPresent());
        assertTrue(local.problemWithAddresses("clinic.example", List.of(loopback)).isPresent());
    }
}
