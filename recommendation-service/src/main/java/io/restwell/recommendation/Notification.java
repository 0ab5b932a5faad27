package io.restwell.recommendation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.restwell.recommendation.domain.NotificationKind;

/** One notification in a person's inbox; written once by service/Inbox (one statement, keyed by its cause), read here. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    /** Order of the live stream and its SSE event id; set by the database. */
    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(name = "cause_key", nullable = false)
    public String causeKey;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** What it is about: {"booking": ..., "suggestion": ...} (domain/BookingNote, domain/SuggestionNote). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String details;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
