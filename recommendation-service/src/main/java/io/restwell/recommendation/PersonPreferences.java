package io.restwell.recommendation;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's preferences as stored: the whole document (domain/Preferences as JSON) and its version; written by service/PersonalPreferences in one statement. */
@Entity
@Table(name = "person_preferences")
public class PersonPreferences {

    @Id
    @Column(name = "user_id")
    public String userId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String settings;

    /** 1 when first saved, one more with each save (the ETag). */
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
