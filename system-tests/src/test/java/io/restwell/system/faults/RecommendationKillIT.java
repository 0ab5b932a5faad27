package io.restwell.system.faults;

import io.restwell.system.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * recommendation-service is killed outright (SIGKILL: no shutdown, offsets and transactions cut wherever they
 * are) while poor nights stream in, then restarted: no suggestion lost, none duplicated.
 */
@ExtendWith(SharedPlatform.class)
class RecommendationKillIT {

    @Test
    void aKilledConsumerLosesAndDuplicatesNothing() throws Exception {
        int nights = SharedPlatform.setting("kill-nights", 20);
        int seconds = SharedPlatform.setting("kill-stream-seconds", 10);
        SharedPlatform.log("recommendation-service SIGKILL: " + nights + " poor nights over " + seconds + " s");

        NightStream stream = new NightStream(List.of(SharedPlatform.stack().gateway()), nights,
                Duration.ofSeconds(seconds)).start();
        Thread.sleep(seconds * 400L); // mid-stream: events are being consumed right now
        SharedPlatform.stack().kill(SharedPlatform.RECOMMENDATION);
        long killed = System.nanoTime();
        double upIn = SharedPlatform.stack().restart(SharedPlatform.RECOMMENDATION);
        long healthy = System.nanoTime();
        stream.await();
        assertEquals(List.of(), stream.refused, "journal writes refused while recommendation-service was down");

        long restarted = System.nanoTime();
        stream.assertExactlyOneSuggestionPerNight(Duration.ofSeconds(120));
        SharedPlatform.log(String.format("killed, restarted and healthy in %.1f s (launch to healthy %.1f s); "
                + "every suggestion readable %.1f s after the stream ended", (healthy - killed) / 1e9, upIn,
                (System.nanoTime() - restarted) / 1e9));
    }
}
