package io.restwell.journal.outbox;

import static io.restassured.RestAssured.given;
import static io.restwell.journal.JournalApi.createNight;
import static io.restwell.journal.JournalApi.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.journal.JournalEvents;
import io.restwell.local.infra.LocalKafka;
import io.restwell.local.testing.OwnKafkaBroker;
import io.restwell.local.testing.RestwellInfrastructure;

/** The broker goes down mid-stream: writes keep succeeding, and every event arrives afterwards, in order. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = {
        @ResourceArg(name = "database", value = "journal"), @ResourceArg(name = "kafka", value = "own")})
class KafkaOutageTests {

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL readiness;

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void changesMadeWhileKafkaIsDownArriveInOrderOnceItIsBack() throws Exception {
        Map<String, String> broker = new LinkedHashMap<>();
        for (String key : List.of("kafka.bootstrap.servers", OwnKafkaBroker.PID, OwnKafkaBroker.PORT,
                OwnKafkaBroker.CONTROLLER_PORT, OwnKafkaBroker.DIR)) {
            broker.put(key, ConfigProvider.getConfig().getValue(key, String.class));
        }
        String user = newUser();
        List<String> written = new ArrayList<>();
        written.add(createNight(user, "2026-11-01", 10, 10, 4));
        try (JournalEvents events = new JournalEvents(broker.get("kafka.bootstrap.servers"))) {
            assertEquals(1, events.awaitFor(user, 1, Duration.ofSeconds(30)).size());
        }

        OwnKafkaBroker.stop(Long.parseLong(broker.get(OwnKafkaBroker.PID)));
        for (int day = 2; day <= 6; day++) {
            written.add(createNight(user, "2026-11-0" + day, 45, 40, 2)); // every write still succeeds
        }
        awaitHealth(503); // health shows the outage while it lasts...
        given().get(readiness).then().statusCode(200); // ...but the service stays in rotation
        // ...and so do the metrics the outbox alerts read: a backlog that ages, and failed sends
        awaitMetric("restwell_outbox_pending_events", value -> value >= 5);
        awaitMetric("restwell_outbox_oldest_pending_age_seconds", value -> value >= 1);
        awaitMetric("restwell_outbox_publish_failures_total", value -> value >= 1);

        try (LocalKafka restarted = OwnKafkaBroker.restart(broker);
             JournalEvents events = new JournalEvents(broker.get("kafka.bootstrap.servers"))) {
            List<JournalEvents.Received> received = events.awaitFor(user, written.size(), Duration.ofSeconds(60));
            List<String> entryIds = new ArrayList<>();
            for (JournalEvents.Received event : received) {
                String entryId = JSON.readTree(event.data()).get("entryId").asText();
                if (!entryIds.contains(entryId)) { // delivery is at least once; consumers drop repeats by ce_id
                    entryIds.add(entryId);
                }
            }
            assertEquals(written, entryIds);
            awaitHealth(200);
            awaitMetric("restwell_outbox_pending_events", value -> value == 0);
            awaitMetric("restwell_outbox_oldest_pending_age_seconds", value -> value == 0);
        }
    }

    /** Waits until the metric (a line "name value" of /q/metrics) satisfies the condition. */
    private void awaitMetric(String name, java.util.function.DoublePredicate wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        double last = Double.NaN;
        while (System.nanoTime() < deadline) {
            for (String line : given().get(metrics).asString().split("\n")) {
                if (line.startsWith(name + " ")) {
                    last = Double.parseDouble(line.substring(name.length() + 1).trim());
                }
            }
            if (wanted.test(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " stayed at " + last);
    }

    private void awaitHealth(int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = given().get(health).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(250);
        }
        assertEquals(status, last, "health never reached " + status);
    }
}
