package io.restwell.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A clinic's own price for one length of one session type, in minor units of {@code currency}. */
@Embeddable
public class ClinicPrice {

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "session_type_id", nullable = false)
    public SessionType sessionType;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    /** ISO 4217; a row not in the clinic's currency is dormant (domain/ClinicPrices). */
    @Column(nullable = false, length = 3)
    public String currency;
}
