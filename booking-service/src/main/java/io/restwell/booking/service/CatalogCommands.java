package io.restwell.booking.service;

import java.util.List;

/** What an admin sets on the catalog, in the domain's words (rest/ builds these from requests). */
public final class CatalogCommands {

    private CatalogCommands() {
    }

    /**
     * A clinic's details; {@code active} null means active. Contact fields may be null; latitude and longitude
     * both null leave it off the map; {@code currency} null means the country's currency.
     */
    public record ClinicDetails(String name, String street, String postalCode, String city, String country,
            String timeZone, String phone, String email, String website, Boolean active, Double latitude,
            Double longitude, String currency) {
    }

    /** A clinic's own price of one length of one session type, a decimal string in the clinic's currency. */
    public record ClinicPriceDetails(String sessionType, Integer minutes, String amount) {
    }

    /** A session type with its durations and prices; {@code defaultMinutes} null means 60 when offered, else the shortest. */
    public record SessionTypeDetails(String code, String name, String description, List<PricedDuration> durations,
            Integer defaultMinutes, Boolean active) {
    }

    /** One length of a session and its price, as a decimal string in a currency. */
    public record PricedDuration(Integer minutes, String amount, String currency) {
    }

    /** A therapist's details; {@code qualifications} are session type codes. */
    public record TherapistDetails(String name, String bio, List<String> qualifications, Boolean active) {
    }
}
