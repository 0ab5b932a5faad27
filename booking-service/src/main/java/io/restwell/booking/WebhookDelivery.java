package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for one webhook endpoint, with its attempts so far. Written with the booking change;
 * sent and updated by webhook/WebhookDispatcher (plain JDBC), read here for the delivery log.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /**
     * The error of a pending delivery of a clinic that was deactivated: it ends FAILED and is never sent
     * (admins read it in the delivery log).
     */
    public static final String CLINIC_DEACTIVATED = "not sent: the clinic was deactivated";


    @Id
    public UUID id;

    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(nullable = false)
    public String body;

    /** PENDING, SUCCEEDED or FAILED. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "retry_until", nullable = false)
    public OffsetDateTime retryUntil;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_duration_ms")
    public Integer lastDurationMs;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
