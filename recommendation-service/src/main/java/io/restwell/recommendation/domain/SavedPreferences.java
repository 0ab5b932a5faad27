package io.restwell.recommendation.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A person's preferences as they stand.
 *
 * @param preferences what they said, defaults where they said nothing
 * @param version     0 until they first save them; moves on with each save
 * @param updatedAt   when they last saved them; null when never
 * @param journalZone the UTC offset of their latest logged bedtime, their time zone when they gave none; null without nights
 */
public record SavedPreferences(Preferences preferences, int version, OffsetDateTime updatedAt, ZoneId journalZone) {

    /** The time zone sessions are chosen in. */
    public ZoneId zone() {
        return preferences.zoneOr(journalZone);
    }
}
