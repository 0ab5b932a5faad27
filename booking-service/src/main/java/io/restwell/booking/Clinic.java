package io.restwell.booking;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import io.restwell.booking.domain.ClinicPrices;
import io.restwell.booking.domain.GreatCircle;

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

    /** Degrees, WGS 84; both null until the clinic is placed on the map (then no near-me search finds it). */
    public Double latitude;

    public Double longitude;

    /** ISO 4217: the currency the clinic charges in. */
    @Column(nullable = false, length = 3)
    public String currency;

    /** Its own prices; lengths without one cost the session type's list price if it is in this currency. */
    @ElementCollection
    @CollectionTable(name = "clinic_price", joinColumns = @JoinColumn(name = "clinic_id"))
    @BatchSize(size = 100)
    public List<ClinicPrice> prices = new ArrayList<>();

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

    /** Where it is, or null while it is not on the map. */
    public GreatCircle.Position position() {
        return latitude == null || longitude == null ? null : new GreatCircle.Position(latitude, longitude);
    }

    /** Its own prices, by session type code and length. */
    public Map<ClinicPrices.Key, ClinicPrices.Price> ownPrices() {
        Map<ClinicPrices.Key, ClinicPrices.Price> own = new HashMap<>();
        for (ClinicPrice price : prices) {
            own.put(new ClinicPrices.Key(price.sessionType.code, price.minutes),
                    new ClinicPrices.Price(price.minutes, price.priceMinor, price.currency));
        }
        return own;
    }
}
