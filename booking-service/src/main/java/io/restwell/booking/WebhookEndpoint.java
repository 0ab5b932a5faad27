package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An HTTPS endpoint of a partner clinic that receives signed booking events. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false)
    public UUID clinicId;

    @Column(nullable = false)
    public String url;

    public String description;

    /** Comma-separated CloudEvent types. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    /** The signing secret, sealed (domain/SecretBox; signing needs it back, so no hash): shown once, never logged. */
    @Column(nullable = false)
    public String secret;

    /** After a rotation, the secret before it (sealed), which also signs deliveries until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + " " + url + "]"; // never the secret
    }
}
