package io.restwell.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An integration event waiting for (or done with) publication. States: pending ({@code publishedAt}
 * null; {@code attempts} counts failed sends, {@code lastError} says the last one's cause) and
 * published. The table is {@code db/outbox/R__outbox_event.sql}.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** The CloudEvent id ({@code ce_id}): consumers drop duplicates by it. */
    @Id
    public UUID id;

    /** Assigned by PostgreSQL on insert; the publication order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    /** The Kafka record key (a user or clinic id), so one key's events stay in order. */
    @Column(name = "aggregate_key", nullable = false)
    public String aggregateKey;

    /** The CloudEvent type, e.g. {@code restwell.journal.sleep-entry.recorded.v1}. */
    @Column(nullable = false)
    public String type;

    /** The CloudEvent subject: the id of the thing the event is about. */
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

    /** W3C trace context of the writer (see TraceContext); null when tracing is off. */
    public String traceparent;

    public String tracestate;
}
