package io.restwell.booking.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a session of one type and length costs at one clinic, always in the clinic's currency: the clinic's
 * own price when it set one in its currency; otherwise the session type's list price when that list is in
 * the clinic's currency; otherwise the length is not offered there (no price in a currency the clinic does
 * not charge in, and no exchange rates).
 */
public final class ClinicPrices {

    /** A length of a session type and its price in minor units of a currency. */
    public record Price(int minutes, long minorUnits, String currency) {
    }

    /** One length of one session type, the key of a clinic's own prices. */
    public record Key(String sessionType, int minutes) {
    }

    private ClinicPrices() {
    }

    /** The price of one length at the clinic, or empty when the clinic does not offer it. */
    public static Optional<Price> of(String clinicCurrency, Map<Key, Price> own, String sessionType, Price listPrice) {
        Price mine = own.get(new Key(sessionType, listPrice.minutes()));
        if (mine != null && mine.currency().equals(clinicCurrency)) {
            return Optional.of(mine);
        }
        return listPrice.currency().equals(clinicCurrency) ? Optional.of(listPrice) : Optional.empty();
    }

    /** Every length of a session type the clinic offers, with its price there, shortest first. */
    public static List<Price> offered(String clinicCurrency, Map<Key, Price> own, String sessionType, List<Price> listPrices) {
        return listPrices.stream()
                .map(list -> of(clinicCurrency, own, sessionType, list))
                .flatMap(Optional::stream)
                .sorted((a, b) -> Integer.compare(a.minutes(), b.minutes()))
                .toList();
    }
}
