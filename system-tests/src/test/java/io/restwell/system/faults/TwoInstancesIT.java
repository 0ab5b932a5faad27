package io.restwell.system.faults;

import io.restwell.system.SharedPlatform;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restwell.local.stack.LocalStack;

/**
 * Two instances of every service at once (sharing databases and Kafka consumer groups; a second gateway in
 * front of the second instances, writes split between the gateways) give the same results as one: each night
 * one event and one suggestion, the same rules and session types as a run on one instance of each, and each
 * person told once that their suggestion is ready, though both recommendation instances consume and fill.
 */
@ExtendWith(SharedPlatform.class)
class TwoInstancesIT {

    @Test
    void twoInstancesOfEveryServiceGiveTheSameResultsAsOne() throws Exception {
        int nights = SharedPlatform.setting("two-instances-nights", 16);
        LocalStack stack = SharedPlatform.stack();

        NightStream single = new NightStream(List.of(stack.gateway()), nights, Duration.ofSeconds(4)).start().await();
        assertEquals(List.of(), single.refused);
        Map<String, Integer> withOne = outcomes(single.assertExactlyOneSuggestionPerNight(Duration.ofSeconds(90)));

        long began = System.nanoTime();
        try {
            for (String service : List.of(SharedPlatform.BOOKING, SharedPlatform.JOURNAL, SharedPlatform.RECOMMENDATION)) {
                stack.startExtraInstance(service);
            }
            URI secondGateway = stack.startExtraInstance("api-gateway");
            SharedPlatform.log(String.format("second instances of the four services healthy in %.1f s",
                    (System.nanoTime() - began) / 1e9));

            NightStream both = new NightStream(List.of(stack.gateway(), secondGateway), nights,
                    Duration.ofSeconds(4)).start().await();
            assertEquals(List.of(), both.refused);
            Map<String, Integer> withTwo = outcomes(both.assertExactlyOneSuggestionPerNight(Duration.ofSeconds(90)));
            assertEquals(withOne, withTwo, "outcomes with two instances of each service vs one");
            assertOneSuggestionNoticeEach(both.entries.keySet(), List.of(stack.gateway(), secondGateway));
            SharedPlatform.log("two instances: " + withTwo + ", same as one instance; one notification each");
        } finally {
            stack.stopExtraInstances();
        }
    }

    /**
     * Each person's inbox, read through either gateway, holds exactly one notification: their suggestion is ready
     * (written with the slots, under a unique cause key, whichever instance filled it).
     */
    private static void assertOneSuggestionNoticeEach(Set<String> people, List<URI> gateways) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, List<String>> kinds = new HashMap<>();
        for (String person : people) {
            List<String> seen = notificationKinds(person, gateways.get(0));
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                seen = notificationKinds(person, gateways.get(0));
            }
            kinds.put(person, seen);
        }
        Thread.sleep(2000); // a duplicate written by the other instance would have arrived by now
        int i = 0;
        for (String person : people) {
            assertEquals(List.of("SUGGESTION_READY"), notificationKinds(person, gateways.get(i++ % gateways.size())),
                    person + "'s notifications (first seen: " + kinds.get(person) + ")");
        }
    }

    private static List<String> notificationKinds(String person, URI gateway) {
        return given().baseUri(gateway.toString()).auth().oauth2(SharedPlatform.token(person)).get("/api/v1/me/notifications")
                .then().statusCode(200).extract().path("items.kind");
    }

    /** How many suggestions of each (rule, session type): the same inputs must give the same counts. */
    private static Map<String, Integer> outcomes(Map<String, Map<String, Object>> suggestions) {
        Map<String, Integer> counts = new TreeMap<>();
        suggestions.values().forEach(suggestion -> counts.merge(suggestion.get("rule") + " → "
                + suggestion.get("sessionType") + " " + suggestion.get("status"), 1, Integer::sum));
        return counts;
    }
}
