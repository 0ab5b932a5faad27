package io.restwell.system.faults;

import io.restwell.system.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kafka stops while journal entries keep arriving: every write succeeds (the outbox holds the events),
 * every event arrives after the restart, and each qualifying night gets exactly one suggestion.
 */
@ExtendWith(SharedPlatform.class)
class KafkaOutageIT {

    @Test
    void nothingIsLostOrDuplicatedWhileKafkaIsDown() throws Exception {
        int outage = SharedPlatform.setting("kafka-outage-seconds", 8);
        int nights = SharedPlatform.setting("kafka-outage-nights", 12);
        SharedPlatform.log("Kafka outage: " + outage + " s, " + nights + " poor nights during it");

        SharedPlatform.stack().stopKafka();
        long stopped = System.nanoTime();
        NightStream stream;
        double brokerUp;
        try {
            stream = new NightStream(List.of(SharedPlatform.stack().gateway()), nights,
                    Duration.ofSeconds(outage).minusSeconds(1)).start().await();
            long remaining = Duration.ofSeconds(outage).toNanos() - (System.nanoTime() - stopped);
            if (remaining > 0) {
                Thread.sleep(remaining / 1_000_000);
            }
            assertEquals(List.of(), stream.refused, "journal writes refused while Kafka was down");
            assertEquals(nights, stream.entries.size());
            // Nothing can have reached a suggestion yet: the events are still in the journal's outbox.
            for (String person : stream.entries.keySet()) {
                assertTrue(SharedPlatform.suggestions(person).isEmpty(), person + " got a suggestion without Kafka");
            }
        } finally {
            brokerUp = SharedPlatform.stack().startKafka(); // also after a failed assertion: the platform is shared
        }
        long restarted = System.nanoTime();
        stream.assertExactlyOneSuggestionPerNight(Duration.ofSeconds(120));
        SharedPlatform.log(String.format("Kafka down %.1f s; broker answered %.1f s after its start; every "
                + "suggestion readable %.1f s after it; journal write latency max %d ms during the outage",
                (restarted - stopped) / 1e9 - brokerUp, brokerUp, (System.nanoTime() - restarted) / 1e9,
                stream.maxLatencyMillis()));
    }
}
