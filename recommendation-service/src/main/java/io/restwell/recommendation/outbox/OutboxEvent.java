package io.restwell.recommendation.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An integration event waiting for (or done with) publication. States: pending
 * ({@code publishedAt} null, {@code attempts} counts failed sends) and published.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    /** Assigned by PostgreSQL on insert; the publication order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    /** The Kafka record key: the user id, so one person's events stay in order. */
    @Column(name = "aggregate_key", nullable = false)
    public String aggregateKey;

    @Column(nullable = false)
    public String type;

    public String subject;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** W3C trace context of the request or event that wrote it (TraceContext); null when tracing is off. */
    public String traceparent;

    public String tracestate;
}
