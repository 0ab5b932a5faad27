package io.restwell.booking;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner clinic where sessions take place. */
@Entity
@Table(name = "clinic")
public class Clinic {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String street;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    @Column(nullable = false)
    public String city;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    public String country;

    /** IANA zone id, e.g. {@code Europe/Berlin}: the zone of the therapists' working hours. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public String phone;

    public String email;

    public String website;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
