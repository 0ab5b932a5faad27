package io.restwell.recommendation.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.recommendation.config.NotificationConfig;

/**
 * Wakes the live streams this instance holds when their person has a new notification, whichever
 * instance wrote it: every instance LISTENs on {@link Inbox#CHANNEL}, and {@link Inbox#add} NOTIFYs in
 * its transaction, so the signal goes out only on commit. The signal carries only the user id; a woken
 * stream reads what is new from the database, so a lost signal (a dropped LISTEN connection) delays
 * but never loses a notification: after reconnecting every stream is woken. Streams are also ticked
 * for heartbeats.
 */
@ApplicationScoped
public class LiveNotifications {

    /** A live stream, as the service sees it: something to wake when there is news, and to tick when there is none. */
    public interface Subscriber {
        void wake();

        void heartbeat();
    }

    /** Ends a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = Logger.getLogger(LiveNotifications.class);

    /**
     * The longest one wait for signals blocks. The wait holds the connection, so stopping waits for it
     * to end: short, so a stop (a rolling update, a test's restart) is not held up for a heartbeat.
     * Waking costs no round trip to PostgreSQL.
     */
    static final int SIGNAL_WAIT_MILLIS = 250;

    private final DataSource dataSource;
    private final NotificationConfig config;
    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private ScheduledExecutorService workers;
    private Thread listener;
    private volatile boolean running;

    LiveNotifications(DataSource dataSource, NotificationConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        workers = Executors.newScheduledThreadPool(4, task -> new Thread(task, "notification-stream"));
        long heartbeat = config.streamHeartbeat().toMillis();
        workers.scheduleAtFixedRate(() -> each(Subscriber::heartbeat), heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        listener = new Thread(this::listen, "notification-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        listener.interrupt();
        workers.shutdownNow();
        // the listener gives its connection back at its next wake, before the pool closes; closing the
        // connection from here would wait for the same wake (the driver holds it during the wait)
        try {
            listener.join(4L * SIGNAL_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts waking {@code subscriber} for this person's news; it is woken once at once, to catch up. */
    public Subscription subscribe(String userId, Subscriber subscriber) {
        subscribers.computeIfAbsent(userId, user -> ConcurrentHashMap.newKeySet()).add(subscriber);
        dispatch(subscriber::wake);
        return () -> subscribers.computeIfPresent(userId, (user, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many live streams this instance holds. */
    public int streams() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + Inbox.CHANNEL);
                // Anything written while not listening: let every stream look.
                each(Subscriber::wake);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] signals = postgres.getNotifications(SIGNAL_WAIT_MILLIS);
                    if (signals == null) {
                        continue;
                    }
                    for (PGNotification signal : signals) {
                        subscribers.getOrDefault(signal.getParameter(), Set.of()).forEach(each -> dispatch(each::wake));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Listening for new notifications failed (%s); retrying in %s", e.getMessage(), config.listenRetry());
                    sleep();
                }
            }
        }
    }

    private void each(Consumer<Subscriber> action) {
        subscribers.values().forEach(set -> set.forEach(subscriber -> dispatch(() -> action.accept(subscriber))));
    }

    private void dispatch(Runnable task) {
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.debugf("A live stream failed: %s", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void sleep() {
        try {
            Thread.sleep(config.listenRetry().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
