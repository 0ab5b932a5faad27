package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.recommendation.config.NotificationConfig;
import io.restwell.recommendation.domain.BookingNote;
import io.restwell.recommendation.domain.Notice;
import io.restwell.recommendation.domain.NotificationKind;

/**
 * Adds reminders and morning check-ins to inboxes when they fall due. Rows are locked with SKIP LOCKED
 * and deleted in the same transaction, and each notification's cause is unique, so with several
 * instances each is added once. A reminder found only after its session began (the service was down)
 * is dropped: it would be wrong.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);
    private static final int BATCH = 100;

    private final EntityManager entityManager;
    private final Inbox inbox;
    private final ObjectMapper json;
    private final NotificationConfig config;
    private ScheduledExecutorService executor;

    Reminders(EntityManager entityManager, Inbox inbox, ObjectMapper json, NotificationConfig config) {
        this.entityManager = entityManager;
        this.inbox = inbox;
        this.json = json;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "notification-reminders"));
        long sweep = config.reminderSweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
    }

    private void sweep() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Reminder sweep failed: %s", e.getMessage());
        }
    }

    /** Adds every reminder and check-in that is due now; returns how many this call added. */
    public int sendDue() {
        int added = 0;
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::sendBatch);
            added += batch[1];
        } while (batch[0] == BATCH);
        return added;
    }

    /** @return {rows taken, notifications added} */
    private int[] sendBatch() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                select booking_id, kind, user_id, cause_key, cast(booking as text) from notification_due
                where due_at <= :now order by due_at limit :batch for update skip locked""")
                .setParameter("now", now).setParameter("batch", BATCH).getResultList();
        int added = 0;
        for (Object[] row : due) {
            NotificationKind kind = NotificationKind.valueOf((String) row[1]);
            BookingNote booking = read((String) row[4]);
            boolean begun = !booking.start().isAfter(now);
            if (kind == NotificationKind.MORNING_CHECK_IN || !begun) {
                Notice notice = kind == NotificationKind.MORNING_CHECK_IN ? Notice.morningCheckIn(booking) : Notice.reminder(kind, booking);
                added += inbox.add((String) row[2], (String) row[3], notice) ? 1 : 0;
            }
            entityManager.createNativeQuery("delete from notification_due where booking_id = :booking and kind = :kind")
                    .setParameter("booking", row[0]).setParameter("kind", row[1]).executeUpdate();
        }
        return new int[] {due.size(), added};
    }

    private BookingNote read(String booking) {
        try {
            return json.readValue(booking, BookingNote.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scheduled booking", e);
        }
    }
}
