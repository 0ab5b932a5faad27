package io.restwell.recommendation.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Notifications: inbox, live stream and reminders (docs/notifications.md). */
@ConfigMapping(prefix = "restwell.notifications")
public interface NotificationConfig {

    /** How often reminders and morning check-ins that have fallen due are added to inboxes. */
    @WithDefault("15s")
    Duration reminderSweepInterval();

    /** The hour (0–23, the person's own clock) of the morning check-in the day after a session. */
    @WithDefault("8")
    int morningHour();

    /**
     * How often an open live stream sends a comment when it has nothing to say, so proxies that close
     * silent connections (the gateway's upstream timeout: 30 s) keep it open.
     */
    @WithDefault("15s")
    Duration streamHeartbeat();

    /** How often the instance listening for new notifications (PostgreSQL LISTEN) reconnects after losing its connection. */
    @WithDefault("2s")
    Duration listenRetry();
}
