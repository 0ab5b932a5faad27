package io.restwell.booking.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a webhook endpoint is disabled: after at least {@code failures} failed attempts in a row that
 * span at least {@code failingFor} (a burst of failures during a short outage is not enough; a
 * success resets both). A disabled endpoint gets no new deliveries until it is enabled again.
 */
public record EndpointHealthPolicy(int failures, Duration failingFor) {

    public boolean shouldDisable(int consecutiveFailures, Instant failingSince, Instant now) {
        return consecutiveFailures >= failures && failingSince != null
                && !failingSince.plus(failingFor).isAfter(now);
    }
}
