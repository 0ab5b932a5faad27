package io.restwell.recommendation.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How long a suggestion stays open: the week its slots are searched in. A poor night in that week
 * refreshes it (a new week from then); untaken at the end, it expires and offers nothing any more.
 */
public final class SuggestionLifetime {

    public static final Duration WEEK = Duration.ofDays(7);

    private SuggestionLifetime() {
    }

    /** When a suggestion made or refreshed at {@code madeAt} expires. */
    public static OffsetDateTime expiresAt(OffsetDateTime madeAt) {
        return madeAt.plus(WEEK);
    }

    /** Whether a slot may still be shown as bookable: it starts after now. */
    public static boolean stillBookable(OfferedSlot slot, OffsetDateTime now) {
        return slot.start().isAfter(now);
    }
}
