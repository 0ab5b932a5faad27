package io.restwell.system.faults;

import io.restwell.system.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restwell.local.stack.LocalStack;

/**
 * Two instances of every service at once (sharing databases and Kafka consumer groups; a second gateway in
 * front of the second instances, writes split between the gateways) give the same results as one: each night
 * one event and one suggestion, the same rules and session types as a run on one instance of each.
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
            SharedPlatform.log("two instances: " + withTwo + ", same as one instance");
        } finally {
            stack.stopExtraInstances();
        }
    }

    /** How many suggestions of each (rule, session type): the same inputs must give the same counts. */
    private static Map<String, Integer> outcomes(Map<String, Map<String, Object>> suggestions) {
        Map<String, Integer> counts = new TreeMap<>();
        suggestions.values().forEach(suggestion -> counts.merge(suggestion.get("rule") + " → "
                + suggestion.get("sessionType") + " " + suggestion.get("status"), 1, Integer::sum));
        return counts;
    }
}
