package io.restwell.recommendation.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restwell.platform.defaults.outbound.OutboundUrlPolicy;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.recommendation.PushSubscription;
import io.restwell.recommendation.config.PushConfig;
import io.restwell.recommendation.domain.FieldViolation;
import io.restwell.recommendation.domain.RecommendationException.InvalidPushSubscription;
import io.restwell.recommendation.domain.RecommendationException.PushSubscriptionNotFound;
import io.restwell.recommendation.domain.RecommendationException.TooManyPushSubscriptions;
import io.restwell.recommendation.domain.WebPushKeys;

/**
 * A person's Web Push subscriptions. An endpoint is a URL someone hands us, so it gets the outbound policy of
 * partner webhooks (service-defaults' outbound/OutboundUrlPolicy: https, public hosts only; checked again where
 * it resolves before each push). Subscribing the same endpoint again replaces its keys.
 */
@ApplicationScoped
public class PushSubscriptions {

    private final EntityManager entityManager;
    private final PushConfig config;
    private final OutboundUrlPolicy urlPolicy;

    PushSubscriptions(EntityManager entityManager, PushConfig config) {
        this.entityManager = entityManager;
        this.config = config;
        this.urlPolicy = new OutboundUrlPolicy(config.allowInsecureLocalhost());
    }

    /** What subscribing did: the subscription, and whether it is new (else its keys were replaced). */
    public record Subscribed(PushSubscription subscription, boolean created) {
    }

    /**
     * Registers (or refreshes) a subscription; every malformed field is named in one refusal.
     *
     * @param expirationTime milliseconds since the epoch, as browsers give it; null when they do not say
     */
    @Transactional
    public Subscribed subscribe(String userId, String endpoint, String p256dh, String auth, Long expirationTime) {
        List<FieldViolation> violations = new ArrayList<>();
        urlPolicy.problem(endpoint).ifPresent(problem -> violations.add(new FieldViolation("endpoint", problem)));
        WebPushKeys.Result keys = WebPushKeys.parse(p256dh, auth);
        violations.addAll(keys.violations());
        OffsetDateTime expiresAt = null;
        if (expirationTime != null) {
            if (expirationTime <= System.currentTimeMillis() || expirationTime > Instant.parse("9999-12-31T00:00:00Z").toEpochMilli()) {
                violations.add(new FieldViolation("expirationTime", "must be a future time in milliseconds since 1970, or null"));
            } else {
                expiresAt = Instant.ofEpochMilli(expirationTime).atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidPushSubscription(violations);
        }
        // one person's subscriptions change one at a time, so the limit holds under concurrent requests
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('push-subscriptions:' || :user))")
                .setParameter("user", userId).getSingleResult();
        String url = endpoint.strip();
        PushSubscription existing = entityManager.createQuery("from PushSubscription where userId = :user and endpoint = :endpoint",
                PushSubscription.class).setParameter("user", userId).setParameter("endpoint", url).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            existing.p256dh = keys.keys().p256dhText();
            existing.auth = keys.keys().authText();
            existing.expiresAt = expiresAt;
            return new Subscribed(existing, false);
        }
        long count = entityManager.createQuery("select count(s) from PushSubscription s where s.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        if (count >= config.maxSubscriptionsPerPerson()) {
            throw new TooManyPushSubscriptions(config.maxSubscriptionsPerPerson());
        }
        PushSubscription subscription = new PushSubscription();
        subscription.id = UUID.randomUUID();
        subscription.userId = userId;
        subscription.endpoint = url;
        subscription.p256dh = keys.keys().p256dhText();
        subscription.auth = keys.keys().authText();
        subscription.expiresAt = expiresAt;
        subscription.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(subscription);
        return new Subscribed(subscription, true);
    }

    /** The person's subscriptions, newest first. */
    @Transactional
    public Page<PushSubscription> page(String userId, int page, int size) {
        List<PushSubscription> items = entityManager.createQuery(
                "from PushSubscription where userId = :user order by createdAt desc, id", PushSubscription.class)
                .setParameter("user", userId).setFirstResult(io.restwell.platform.defaults.paging.Paging.firstIndex(page, size)).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(s) from PushSubscription s where s.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Removes one of the person's subscriptions (and its pending pushes); another person's id is not found. */
    @Transactional
    public void unsubscribe(String userId, UUID id) {
        int deleted = entityManager.createNativeQuery("delete from push_subscription where id = :id and user_id = :user")
                .setParameter("id", id).setParameter("user", userId).executeUpdate();
        if (deleted == 0) {
            throw new PushSubscriptionNotFound();
        }
    }
}
