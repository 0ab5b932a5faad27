package io.restwell.system.faults;

import io.restwell.system.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * booking-service is down: journaling keeps working, suggestions are stored without slots, and get their
 * slots once it returns; the booking area answers with a problem meanwhile, not a hang or a bare error.
 */
@ExtendWith(SharedPlatform.class)
class BookingOutageIT {

    @Test
    void suggestionsGetTheirSlotsWhenBookingReturns() throws Exception {
        int nights = SharedPlatform.setting("booking-outage-nights", 8);
        SharedPlatform.stack().stop(SharedPlatform.BOOKING);
        long stopped = System.nanoTime();
        try {
            NightStream stream = new NightStream(List.of(SharedPlatform.stack().gateway()), nights,
                    Duration.ofSeconds(4)).start().await();
            assertEquals(List.of(), stream.refused, "journal writes refused while booking-service was down");
            for (String person : stream.entries.keySet()) {
                HttpResponse<String> journal = SharedPlatform.send(SharedPlatform.gateway("/api/v1/journal/sleep-entries")
                        .header("Authorization", "Bearer " + SharedPlatform.token(person)).GET());
                assertEquals(200, journal.statusCode(), journal.body());
                assertTrue(journal.body().contains(stream.entries.get(person)), journal.body());
            }
            // Stored anyway, waiting for slots.
            Map<String, List<Map<String, Object>>> pending = SharedPlatform.awaitSuggestions(stream.entries.keySet(),
                    Set.of("PENDING"), Duration.ofSeconds(60));
            pending.values().forEach(items -> assertEquals(1, items.size(), items.toString()));
            HttpResponse<String> booking = SharedPlatform.send(SharedPlatform.gateway("/api/v1/session-types").GET());
            assertTrue(booking.statusCode() == 502 || booking.statusCode() == 503,
                    "booking area while booking-service is down: " + booking.statusCode());
            assertTrue(booking.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    booking.headers().toString());

            double upIn = SharedPlatform.stack().restart(SharedPlatform.BOOKING);
            long back = System.nanoTime();
            Map<String, List<Map<String, Object>>> filled = SharedPlatform.awaitSuggestions(stream.entries.keySet(),
                    Set.of("FILLED"), Duration.ofSeconds(90));
            filled.forEach((person, items) -> {
                assertEquals(1, items.size(), person + ": " + items);
                assertEquals(stream.entries.get(person), items.get(0).get("triggeringEntryId"));
                assertTrue(!((List<?>) items.get(0).get("slots")).isEmpty(), person + ": " + items.get(0));
            });
            stream.assertExactlyOneSuggestionPerNight(Duration.ofSeconds(30));
            SharedPlatform.log(String.format("booking-service down %.1f s (healthy %.1f s after its launch); every "
                    + "suggestion FILLED %.1f s after it was back; journal write latency max %d ms meanwhile",
                    (back - stopped) / 1e9, upIn, (System.nanoTime() - back) / 1e9, stream.maxLatencyMillis()));
        } finally {
            if (SharedPlatform.healthOf(SharedPlatform.stack().management().get(SharedPlatform.BOOKING)) == -1) {
                SharedPlatform.stack().restart(SharedPlatform.BOOKING); // leave the shared platform whole
            }
        }
    }
}
