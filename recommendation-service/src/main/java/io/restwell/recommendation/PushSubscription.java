package io.restwell.recommendation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A browser or device that receives a person's notifications by Web Push (service/PushSubscriptions). */
@Entity
@Table(name = "push_subscription")
public class PushSubscription {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    /** The push service's URL for this browser, vetted by service-defaults' outbound/OutboundUrlPolicy. */
    @Column(nullable = false, length = 2000)
    public String endpoint;

    /** The browser's P-256 public key, base64url (65 bytes). */
    @Column(nullable = false, length = 100)
    public String p256dh;

    /** The browser's auth secret, base64url (16 bytes). */
    @Column(nullable = false, length = 40)
    public String auth;

    /** When the browser said the subscription ends; null: not said. Expired ones are removed. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
