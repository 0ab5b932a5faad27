package io.restwell.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One length a session type is offered in, and its price in minor units of {@code currency}. */
@Embeddable
public class SessionTypeDuration {

    @Column(nullable = false)
    public int minutes;

    @Column(name = "price_cents", nullable = false)
    public int priceCents;

    /** ISO 4217 code, e.g. {@code EUR}. */
    @Column(nullable = false, length = 3)
    public String currency;
}
