package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.platform.defaults.paging.Page;
import io.restwell.recommendation.Notification;
import io.restwell.recommendation.domain.Notice;
import io.restwell.recommendation.domain.RecommendationException.NotificationNotFound;
import io.restwell.recommendation.domain.NotificationDetails;

/**
 * Each person's notifications. A notification is written once per cause: {@code causeKey} is unique, so a
 * redelivered event, a repeated sweep or a second instance adds nothing. Its commit wakes every
 * instance's live streams (PostgreSQL NOTIFY on {@link #CHANNEL}, sent only if the transaction commits) and
 * queues one Web Push per subscription of the person.
 */
@ApplicationScoped
public class Inbox {

    /** The PostgreSQL channel that tells every instance "this person has something new"; the payload is the user id. */
    public static final String CHANNEL = "restwell_notification";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    Inbox(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * Adds a notification in the caller's transaction, unless one with this cause exists.
     *
     * @return whether it was new
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean add(String userId, String causeKey, Notice notice) {
        NotificationDetails details = new NotificationDetails(notice.booking(), notice.suggestion());
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int added = entityManager.createNativeQuery("""
                insert into notification (id, user_id, kind, cause_key, title, body, details, created_at)
                values (:id, :user, :kind, :cause, :title, :body, cast(:details as jsonb), :now)
                on conflict (cause_key) do nothing""")
                .setParameter("id", id).setParameter("user", userId)
                .setParameter("kind", notice.kind().name()).setParameter("cause", causeKey)
                .setParameter("title", notice.title()).setParameter("body", notice.body())
                .setParameter("details", write(details)).setParameter("now", now)
                .executeUpdate();
        if (added > 0) {
            // one Web Push per subscription, with the notification (push/PushDispatcher sends them)
            entityManager.createNativeQuery("""
                    insert into push_delivery (notification_id, subscription_id, user_id, status, attempts, next_attempt_at, created_at)
                    select :id, s.id, s.user_id, 'PENDING', 0, :now, :now from push_subscription s where s.user_id = :user
                    on conflict do nothing""")
                    .setParameter("id", id).setParameter("user", userId).setParameter("now", now).executeUpdate();
            entityManager.createNativeQuery("select pg_notify(:channel, :user)")
                    .setParameter("channel", CHANNEL).setParameter("user", userId).getSingleResult();
        }
        return added > 0;
    }

    /** The person's notifications, newest first; only unread ones when asked. */
    @Transactional
    public Page<Notification> page(String userId, boolean unreadOnly, int page, int size) {
        String where = "where n.userId = :user" + (unreadOnly ? " and n.readAt is null" : "");
        List<Notification> items = entityManager.createQuery("select n from Notification n " + where + " order by n.seq desc",
                Notification.class).setParameter("user", userId).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(n) from Notification n " + where, Long.class)
                .setParameter("user", userId).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Marks one of the person's notifications read (again: harmless); another person's id is not found. */
    @Transactional
    public Notification markRead(String userId, UUID id) {
        Notification notification = entityManager.find(Notification.class, id);
        if (notification == null || !notification.userId.equals(userId)) {
            throw new NotificationNotFound();
        }
        if (notification.readAt == null) {
            // what PostgreSQL keeps, so this answer and every later read agree
            notification.readAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
        return notification;
    }

    /** The person's notifications after a stream position, oldest first: what a live stream sends next. */
    @Transactional
    public List<Notification> after(String userId, long seq, int max) {
        return entityManager.createQuery("from Notification where userId = :user and seq > :seq order by seq", Notification.class)
                .setParameter("user", userId).setParameter("seq", seq).setMaxResults(max).getResultList();
    }

    /** The person's latest stream position (0 without any): where a stream opened without Last-Event-ID starts. */
    @Transactional
    public long latest(String userId) {
        Long seq = entityManager.createQuery("select max(seq) from Notification where userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        return seq == null ? 0 : seq;
    }

    public NotificationDetails details(Notification notification) {
        try {
            return json.readValue(notification.details, NotificationDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable notification details " + notification.id, e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
