package io.restwell.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.domain.Prices;
import io.restwell.booking.Clinic;
import io.restwell.booking.ClinicPrice;
import io.restwell.booking.domain.ClinicPrices;
import io.restwell.booking.SessionType;
import io.restwell.booking.SessionTypeDuration;
import io.restwell.booking.Therapist;
import io.restwell.booking.repository.ClinicRepository;
import io.restwell.booking.repository.SessionTypeRepository;
import io.restwell.booking.repository.TherapistRepository;
import io.restwell.booking.repository.WebhookDeliveryRepository;
import io.restwell.booking.domain.BookingException.Violation;

/** Session types, clinics and therapists: what can be booked, where and with whom. */
@ApplicationScoped
public class CatalogService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final SessionTypeRepository sessionTypes;
    private final ClinicRepository clinics;
    private final TherapistRepository therapists;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;

    CatalogService(SessionTypeRepository sessionTypes, ClinicRepository clinics, TherapistRepository therapists,
            WebhookDeliveryRepository deliveries, Clock clock) {
        this.sessionTypes = sessionTypes;
        this.clinics = clinics;
        this.therapists = therapists;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    // --- session types

    public SessionType sessionType(String code, boolean includeRetired) {
        SessionType type = sessionTypes.byCode(code);
        if (type == null || (!type.active && !includeRetired)) {
            throw BookingException.notFound("No session type " + code + ".");
        }
        return type;
    }

    @Transactional
    public SessionType createSessionType(CatalogCommands.SessionTypeDetails request) {
        if (sessionTypes.byCode(request.code()) != null) {
            throw BookingException.conflict("Session type " + request.code() + " exists already.");
        }
        SessionType type = new SessionType();
        type.id = UUID.randomUUID();
        type.code = request.code();
        type.createdAt = now();
        apply(type, request);
        sessionTypes.persist(type);
        return type;
    }

    @Transactional
    public SessionType updateSessionType(String code, CatalogCommands.SessionTypeDetails request) {
        SessionType type = sessionType(code, true);
        if (!type.code.equals(request.code())) {
            throw BookingException.brokenRule("code", "cannot change (" + type.code + ")");
        }
        apply(type, request);
        return type;
    }

    private void apply(SessionType type, CatalogCommands.SessionTypeDetails request) {
        List<Violation> violations = new ArrayList<>();
        List<SessionTypeDuration> durations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < request.durations().size(); i++) {
            CatalogCommands.PricedDuration requested = request.durations().get(i);
            if (!seen.add(requested.minutes())) {
                violations.add(new Violation("durations[" + i + "].minutes", "is listed twice"));
            }
            SessionTypeDuration duration = new SessionTypeDuration();
            duration.minutes = requested.minutes();
            duration.currency = requested.currency();
            try {
                duration.priceCents = Math.toIntExact(Prices.minorUnits(requested.amount(), requested.currency()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                violations.add(new Violation("durations[" + i + "].price", e.getMessage()));
            }
            durations.add(duration);
        }
        int defaultMinutes = request.defaultMinutes() != null ? request.defaultMinutes()
                : seen.contains(60) ? 60 : seen.stream().min(Integer::compare).orElse(60);
        if (!seen.contains(defaultMinutes)) {
            violations.add(new Violation("defaultMinutes", "must be one of the durations"));
        }
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        durations.sort((a, b) -> Integer.compare(a.minutes, b.minutes));
        type.name = request.name().trim();
        type.description = request.description().trim();
        type.durations.clear();
        type.durations.addAll(durations);
        type.defaultMinutes = defaultMinutes;
        type.active = request.active() == null || request.active();
        type.updatedAt = now();
    }

    // --- clinics

    public Page<Clinic> clinics(boolean includeInactive, String city, String sessionType, int page, int size) {
        return Pages.window(clinics.search(!includeInactive, city, sessionType, 0, size), Paging.firstIndex(page, size), size);
    }

    public Clinic clinic(UUID id, boolean includeInactive) {
        Clinic clinic = clinics.findById(id);
        if (clinic == null || (!clinic.active && !includeInactive)) {
            throw BookingException.notFound("No clinic " + id + ".");
        }
        return clinic;
    }

    @Transactional
    public Clinic createClinic(CatalogCommands.ClinicDetails request) {
        Clinic clinic = new Clinic();
        clinic.id = UUID.randomUUID();
        clinic.createdAt = now();
        apply(clinic, request);
        clinics.persist(clinic);
        return clinic;
    }

    /**
     * Deactivating a clinic ({@code active: false}) also cuts its partner access at once: its API keys stop
     * authenticating (PartnerKeyService) and its pending webhook deliveries end unsent, here in the same
     * transaction; no new ones are queued while it is inactive (webhook/WebhookOutbox).
     */
    @Transactional
    public Clinic updateClinic(UUID id, CatalogCommands.ClinicDetails request) {
        Clinic clinic = clinic(id, true);
        boolean wasActive = clinic.active;
        apply(clinic, request);
        if (wasActive && !clinic.active) {
            deliveries.failPendingOfClinic(id);
        }
        return clinic;
    }

    private void apply(Clinic clinic, CatalogCommands.ClinicDetails request) {
        List<Violation> violations = new ArrayList<>();
        if (!isRegionZone(request.timeZone())) {
            violations.add(new Violation("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        }
        if (!COUNTRIES.contains(request.country())) {
            violations.add(new Violation("address.country", "is not an ISO 3166 country"));
        }
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        String currency = request.currency() != null ? request.currency() : currencyOf(request.country())
                .orElseThrow(() -> BookingException.invalid("currency", "is required: the country has no currency of its own"));
        if (!isCurrency(currency)) {
            throw BookingException.invalid("currency", "must be an ISO 4217 currency code such as EUR");
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw BookingException.invalid(request.latitude() == null ? "location.latitude" : "location.longitude",
                    "is required with the other coordinate");
        }
        clinic.latitude = request.latitude();
        clinic.longitude = request.longitude();
        clinic.currency = currency;
        clinic.name = request.name().trim();
        clinic.street = request.street().trim();
        clinic.postalCode = request.postalCode().trim();
        clinic.city = request.city().trim();
        clinic.country = request.country();
        clinic.timeZone = request.timeZone();
        clinic.phone = request.phone();
        clinic.email = request.email();
        clinic.website = request.website();
        clinic.active = request.active() == null || request.active();
        clinic.updatedAt = now();
    }

    /** The currency of a country (GB: GBP), if it has one. */
    static Optional<String> currencyOf(String country) {
        try {
            Currency currency = Currency.getInstance(new java.util.Locale("", country));
            return Optional.ofNullable(currency).map(Currency::getCurrencyCode);
        } catch (IllegalArgumentException | NullPointerException none) {
            return Optional.empty();
        }
    }

    static boolean isCurrency(String code) {
        try {
            return code != null && Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * Replaces a clinic's own prices (admin or the clinic itself), all in the clinic's currency; lengths left out
     * cost the session type's list price when it is in that currency, else they are not offered there.
     */
    @Transactional
    public Clinic replacePrices(UUID clinicId, List<CatalogCommands.ClinicPriceDetails> requested) {
        Clinic clinic = clinic(clinicId, true);
        List<Violation> violations = new ArrayList<>();
        List<ClinicPrice> prices = new ArrayList<>();
        Set<ClinicPrices.Key> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            CatalogCommands.ClinicPriceDetails entry = requested.get(i);
            SessionType type = sessionTypes.byCode(entry.sessionType());
            if (type == null) {
                violations.add(new Violation("prices[" + i + "].sessionType", "is not a session type"));
                continue;
            }
            if (type.durations.stream().noneMatch(duration -> duration.minutes == entry.minutes())) {
                violations.add(new Violation("prices[" + i + "].minutes", type.code + " is offered in "
                        + type.durations.stream().map(duration -> duration.minutes + "").toList() + " minutes"));
                continue;
            }
            if (!seen.add(new ClinicPrices.Key(type.code, entry.minutes()))) {
                violations.add(new Violation("prices[" + i + "]", "is listed twice"));
                continue;
            }
            ClinicPrice price = new ClinicPrice();
            price.sessionType = type;
            price.minutes = entry.minutes();
            price.currency = clinic.currency;
            try {
                price.priceMinor = Prices.minorUnits(entry.amount(), clinic.currency);
                Math.toIntExact(price.priceMinor); // bookings keep it as an int
            } catch (IllegalArgumentException | ArithmeticException e) {
                violations.add(new Violation("prices[" + i + "].amount", e.getMessage()));
                continue;
            }
            prices.add(price);
        }
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        clinic.prices.clear();
        clinic.prices.addAll(prices);
        clinic.updatedAt = now();
        return clinic;
    }

    /** What each active session type costs at the clinic, by type code and length (domain/ClinicPrices). */
    public Map<String, List<ClinicPrices.Price>> pricesAt(Clinic clinic) {
        Map<ClinicPrices.Key, ClinicPrices.Price> own = clinics.ownPrices(clinic.id);
        Map<String, List<ClinicPrices.Price>> offered = new java.util.TreeMap<>();
        for (SessionType type : sessionTypes.list("active = true")) {
            List<ClinicPrices.Price> prices = ClinicPrices.offered(clinic.currency, own, type.code, listPrices(type));
            if (!prices.isEmpty()) {
                offered.put(type.code, prices);
            }
        }
        return offered;
    }

    static List<ClinicPrices.Price> listPrices(SessionType type) {
        return type.durations.stream().map(d -> new ClinicPrices.Price(d.minutes, d.priceCents, d.currency)).toList();
    }

    /** Region ids only (Europe/Berlin): fixed offsets like +02:00 would get DST wrong. */
    static boolean isRegionZone(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone) && zone.contains("/");
    }

    // --- therapists

    /** A clinic's therapists, {@code max} from the {@code first} match (0-based). */
    public Page<Therapist> therapists(UUID clinicId, boolean includeInactive, String sessionType, int first, int max) {
        clinic(clinicId, includeInactive);
        return Pages.window(therapists.ofClinic(clinicId, !includeInactive, sessionType, 0, max), first, max);
    }

    public Therapist therapist(UUID clinicId, UUID therapistId, boolean includeInactive) {
        clinic(clinicId, includeInactive);
        Therapist therapist = therapists.findInClinic(clinicId, therapistId);
        if (therapist == null || (!therapist.active && !includeInactive)) {
            throw BookingException.notFound("No therapist " + therapistId + " at clinic " + clinicId + ".");
        }
        return therapist;
    }

    @Transactional
    public Therapist createTherapist(UUID clinicId, CatalogCommands.TherapistDetails request) {
        Therapist therapist = new Therapist();
        therapist.id = UUID.randomUUID();
        therapist.clinic = clinic(clinicId, true);
        therapist.createdAt = now();
        apply(therapist, request);
        therapists.persist(therapist);
        return therapist;
    }

    @Transactional
    public Therapist updateTherapist(UUID clinicId, UUID therapistId, CatalogCommands.TherapistDetails request) {
        Therapist therapist = therapist(clinicId, therapistId, true);
        apply(therapist, request);
        return therapist;
    }

    private void apply(Therapist therapist, CatalogCommands.TherapistDetails request) {
        List<Violation> violations = new ArrayList<>();
        Set<SessionType> qualifications = new LinkedHashSet<>();
        for (int i = 0; i < request.qualifications().size(); i++) {
            SessionType type = sessionTypes.byCode(request.qualifications().get(i).trim());
            if (type == null) {
                violations.add(new Violation("qualifications[" + i + "]", "is not a session type"));
            } else {
                qualifications.add(type);
            }
        }
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        therapist.name = request.name().trim();
        therapist.bio = request.bio();
        therapist.qualifications.clear();
        therapist.qualifications.addAll(qualifications);
        therapist.active = request.active() == null || request.active();
        therapist.updatedAt = now();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
