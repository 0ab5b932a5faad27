package io.restwell.system.faults;

import io.restwell.system.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restwell.local.stack.LocalStack;

/**
 * PostgreSQL restarts under load: health shows the outage while it lasts, the services recover by themselves
 * (same processes), and every write the platform acknowledged leads to exactly one suggestion.
 */
@ExtendWith(SharedPlatform.class)
class PostgresRestartIT {

    private static final List<String> SERVICES = List.of(SharedPlatform.BOOKING, SharedPlatform.JOURNAL,
            SharedPlatform.RECOMMENDATION);

    @Test
    void servicesRecoverWithoutARestartOfTheirOwn() throws Exception {
        int outage = SharedPlatform.setting("postgres-outage-seconds", 5);
        int seconds = SharedPlatform.setting("postgres-load-seconds", 16);
        LocalStack stack = SharedPlatform.stack();
        Map<String, Long> pidsBefore = pids(stack);
        NightStream stream = new NightStream(List.of(stack.gateway()), seconds * 2, Duration.ofSeconds(seconds)).start();
        Thread.sleep(seconds * 250L);

        stack.stopPostgres();
        long stopped = System.nanoTime();
        long shown;
        double pgUp = -1;
        try {
            for (String service : SERVICES) {
                assertEquals(503, awaitHealth(stack.management().get(service), 503, Duration.ofSeconds(30)),
                        service + "'s /q/health while PostgreSQL is down");
            }
            HttpResponse<String> gatewayHealth = SharedPlatform.send(SharedPlatform.management("api-gateway", "/q/health").GET());
            assertEquals(503, gatewayHealth.statusCode(), gatewayHealth.body());
            for (String area : List.of("booking", "journal", "recommendation")) {
                // "DOWN (HTTP 503)", or a timeout while the service's own check waits for a connection
                assertTrue(gatewayHealth.body().contains("\"" + area + "\": \"DOWN"), gatewayHealth.body());
            }
            shown = System.nanoTime();
            long remaining = Duration.ofSeconds(outage).toNanos() - (shown - stopped);
            if (remaining > 0) {
                Thread.sleep(remaining / 1_000_000);
            }
        } finally {
            pgUp = stack.startPostgres(); // also after a failed assertion: the platform is shared
        }
        long back = System.nanoTime();
        for (String service : SERVICES) {
            assertEquals(200, awaitHealth(stack.management().get(service), 200, Duration.ofSeconds(60)),
                    service + "'s /q/health after PostgreSQL returned");
        }
        long healthy = System.nanoTime();
        assertEquals(200, SharedPlatform.send(SharedPlatform.management("api-gateway", "/q/health").GET()).statusCode());
        assertEquals(pidsBefore, pids(stack), "a service was restarted");

        stream.await();
        // Writes during the outage may be refused, with a problem; every acknowledged one must come through.
        for (String refusal : stream.refused) {
            assertTrue(refusal.contains("\"status\":5") || refusal.contains("\"status\": 5"),
                    "a refused write without a problem body: " + refusal);
        }
        assertTrue(stream.entries.size() >= seconds, stream.entries.size() + " writes acknowledged of " + seconds * 2);
        // An event met during the outage is retried, never dead-lettered (a defect this test found, now fixed).
        assertEquals(Set.of(), stream.deadLettered(), "nights dead-lettered by recommendation-service");
        int acknowledged = stream.entries.size();
        stream.assertExactlyOneSuggestionPerNight(Duration.ofSeconds(120));
        SharedPlatform.log(String.format("PostgreSQL down %.1f s (health DOWN everywhere %.1f s after the stop), up "
                + "%.1f s after its start; every service healthy again %.1f s after that, same processes; %d of %d "
                + "writes acknowledged, %d refused with a problem", (back - stopped) / 1e9 - pgUp,
                (shown - stopped) / 1e9, pgUp, (healthy - back) / 1e9, acknowledged, seconds * 2,
                stream.refused.size()));
    }

    private static int awaitHealth(URI base, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status = SharedPlatform.healthOf(base);
        while (status != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = SharedPlatform.healthOf(base);
        }
        return status;
    }

    private static Map<String, Long> pids(LocalStack stack) {
        Map<String, Long> pids = new TreeMap<>();
        stack.processes().stream().filter(process -> SERVICES.contains(process.name()))
                .forEach(process -> pids.put(process.name(), process.pid()));
        return pids;
    }
}
