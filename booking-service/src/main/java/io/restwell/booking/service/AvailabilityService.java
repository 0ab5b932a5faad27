package io.restwell.booking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.restwell.booking.domain.BookingException;
import io.restwell.booking.Clinic;
import io.restwell.booking.ScheduleOverride;
import io.restwell.booking.SessionTypeDuration;
import io.restwell.booking.domain.ClinicPrices;
import io.restwell.booking.domain.GreatCircle;
import io.restwell.booking.repository.ClinicRepository;
import io.restwell.booking.SessionType;
import io.restwell.booking.Therapist;
import io.restwell.booking.config.BookingConfig;
import io.restwell.booking.domain.DateOverride;
import io.restwell.booking.domain.Interval;
import io.restwell.booking.domain.SlotCalculator;
import io.restwell.booking.domain.SlotCalculator.SlotShape;
import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.domain.WeeklyWindow;
import io.restwell.booking.domain.WorkSchedule;
import io.restwell.booking.mapping.ScheduleMapper;
import io.restwell.booking.repository.ScheduleOverrideRepository;
import io.restwell.booking.repository.SessionTypeRepository;
import io.restwell.booking.repository.TherapistRepository;
import io.restwell.booking.repository.BookingRepository;
import io.restwell.booking.repository.BookingRepository.BusyTime;
import io.restwell.booking.repository.BusyIntervalRepository;

/**
 * Open slots: each candidate therapist's schedule minus their bookings and the busy time their clinic
 * imported, cut by {@link SlotCalculator}.
 * A handful of queries per search whatever the number of therapists (no query per therapist).
 */
@ApplicationScoped
public class AvailabilityService {

    /** One open slot of one therapist, its price at the clinic, and the clinic's distance (null without a place). */
    public record Slot(Therapist therapist, SessionType sessionType, Interval interval, ClinicPrices.Price price,
            Double distanceKm) {
    }

    /** Near a place: within {@code radiusKm} of {@code centre}. */
    public record Near(GreatCircle.Position centre, double radiusKm) {
    }

    /**
     * What a search asks for; null bounds and duration take their defaults. {@code clinicIds} null means every
     * clinic; {@code near} null means anywhere (with both, the listed clinics within the radius).
     */
    public record Search(String sessionType, TimeBound from, TimeBound to, Collection<UUID> clinicIds, UUID therapistId,
            Integer durationMinutes, Near near) {
    }

    private final SessionTypeRepository sessionTypes;
    private final ClinicRepository clinics;
    private final TherapistRepository therapists;
    private final ScheduleOverrideRepository exceptions;
    private final BookingRepository bookings;
    private final BusyIntervalRepository busyTime;
    private final BookingConfig config;
    private final Clock clock;

    AvailabilityService(SessionTypeRepository sessionTypes, ClinicRepository clinics, TherapistRepository therapists, ScheduleOverrideRepository exceptions, BookingRepository bookings, BusyIntervalRepository busyTime, BookingConfig config, Clock clock) {
        this.sessionTypes = sessionTypes;
        this.clinics = clinics;
        this.therapists = therapists;
        this.exceptions = exceptions;
        this.bookings = bookings;
        this.busyTime = busyTime;
        this.config = config;
        this.clock = clock;
    }

    /** Every open slot of the search: nearest clinic first when near a place, then by start, clinic, therapist. */
    public List<Slot> search(Search search) {
        if (search.sessionType() == null) {
            throw BookingException.invalid("sessionType", "is required");
        }
        SessionType type = sessionTypes.byCode(search.sessionType());
        if (type == null || !type.active) {
            throw BookingException.brokenRule("sessionType", "is not a session type on offer");
        }
        int minutes = lengthOf(type, search.durationMinutes(), "durationMinutes");
        if (search.clinicIds() != null && search.clinicIds().size() > config.availability().maxClinicIds()) {
            throw BookingException.invalid("clinicIds", "lists at most " + config.availability().maxClinicIds() + " ids");
        }
        Instant now = clock.instant();
        TimeBound from = search.from() != null ? search.from() : TimeBound.ofInstant(now);
        TimeBound to = search.to() != null ? search.to()
                : from.date() != null ? TimeBound.ofDate(from.date().plusDays(6)) : TimeBound.ofInstant(from.instant().plus(Duration.ofDays(7)));
        checkRange(from, to);

        Map<UUID, Double> distances = search.near() == null ? null
                : clinics.near(search.near().centre(), search.near().radiusKm(), search.clinicIds());
        Collection<UUID> inReach = distances != null ? distances.keySet() : search.clinicIds();
        List<Therapist> candidates = therapists.bookable(type.code, inReach, search.therapistId());
        Map<UUID, ClinicPrices.Price> prices = pricesAt(candidates, type, minutes);
        candidates = candidates.stream().filter(therapist -> prices.containsKey(therapist.clinic.id)).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = candidates.stream().map(therapist -> therapist.id).toList();
        Map<UUID, List<WeeklyWindow>> weekly = new HashMap<>();
        for (Object[] row : therapists.weeklyHoursOf(ids)) {
            weekly.computeIfAbsent(TherapistRepository.therapistIdOf(row), id -> new ArrayList<>())
                    .add(ScheduleMapper.toDomain(TherapistRepository.hoursOf(row)));
        }
        LocalDate firstDate = from.widestDateBefore();
        LocalDate lastDate = to.widestDateAfter();
        Map<UUID, List<DateOverride>> changes = new HashMap<>();
        for (ScheduleOverride exception : exceptions.between(ids, firstDate, lastDate)) {
            changes.computeIfAbsent(exception.therapistId, id -> new ArrayList<>()).add(ScheduleMapper.toDomain(exception));
        }
        Map<UUID, List<Interval>> busy = new HashMap<>();
        Instant busyFrom = firstDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant busyTo = lastDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (BusyTime taken : bookings.busyTimes(ids, busyFrom, busyTo)) {
            busy.computeIfAbsent(taken.therapistId(), id -> new ArrayList<>()).add(taken.interval());
        }
        for (BusyTime taken : busyTime.overlapping(ids, busyFrom, busyTo)) { // the clinic's own systems' busy time
            busy.computeIfAbsent(taken.therapistId(), id -> new ArrayList<>()).add(taken.interval());
        }

        Instant notBefore = now.plus(config.availability().minNotice());
        Duration step = Duration.ofMinutes(config.availability().slotStepMinutes());
        List<Slot> slots = new ArrayList<>();
        for (Therapist therapist : candidates) {
            List<WeeklyWindow> hours = weekly.getOrDefault(therapist.id, List.of());
            List<DateOverride> dated = changes.getOrDefault(therapist.id, List.of());
            if (hours.isEmpty() && dated.isEmpty()) {
                continue;
            }
            ZoneId zone = therapist.clinic.zone();
            WorkSchedule schedule = new WorkSchedule(zone, hours, dated);
            SlotShape shape = new SlotShape(Duration.ofMinutes(minutes), step, Duration.ofMinutes(therapist.bufferMinutes));
            for (Interval interval : SlotCalculator.openSlots(schedule, shape, from.asStart(zone), to.asEndExclusive(zone),
                    notBefore, busy.getOrDefault(therapist.id, List.of()))) {
                slots.add(new Slot(therapist, type, interval, prices.get(therapist.clinic.id),
                        distances == null ? null : distances.get(therapist.clinic.id)));
            }
        }
        Comparator<Slot> byTime = Comparator.comparing((Slot slot) -> slot.interval().start())
                .thenComparing(slot -> slot.therapist().clinic.id)
                .thenComparing(slot -> slot.therapist().id);
        slots.sort(distances == null ? byTime : Comparator.comparing(Slot::distanceKm).thenComparing(byTime));
        return slots;
    }

    /** The price of the length at each candidate's clinic; clinics that do not offer it are left out. */
    private Map<UUID, ClinicPrices.Price> pricesAt(List<Therapist> candidates, SessionType type, int minutes) {
        Map<UUID, Clinic> byId = new HashMap<>();
        candidates.forEach(therapist -> byId.put(therapist.clinic.id, therapist.clinic));
        Map<UUID, Map<ClinicPrices.Key, ClinicPrices.Price>> own = new HashMap<>();
        for (Object[] row : clinics.pricesOf(byId.keySet(), type.id, minutes)) {
            own.computeIfAbsent((UUID) row[0], id -> new HashMap<>()).put(new ClinicPrices.Key(type.code, minutes),
                    new ClinicPrices.Price(minutes, ((Number) row[1]).longValue(), (String) row[2]));
        }
        SessionTypeDuration duration = type.durations.stream().filter(offered -> offered.minutes == minutes).findFirst().orElseThrow();
        ClinicPrices.Price list = new ClinicPrices.Price(minutes, duration.priceCents, duration.currency);
        Map<UUID, ClinicPrices.Price> prices = new HashMap<>();
        byId.forEach((id, clinic) -> ClinicPrices.of(clinic.currency, own.getOrDefault(id, Map.of()), type.code, list)
                .ifPresent(price -> prices.put(id, price)));
        return prices;
    }

    /**
     * A near-me search around {@code centre}: the radius given, or the default; null when there is no centre
     * (then a radius alone is refused).
     */
    public Near near(GreatCircle.Position centre, Double radiusKm) {
        if (centre == null) {
            if (radiusKm != null) {
                throw BookingException.invalid("radiusKm", "needs near=latitude,longitude");
            }
            return null;
        }
        double radius = radiusKm != null ? radiusKm : config.availability().defaultRadiusKm();
        double max = config.availability().maxRadiusKm();
        if (!(radius > 0 && radius <= max)) {
            throw BookingException.invalid("radiusKm", "must be more than 0 and at most " + max + " km");
        }
        return new Near(centre, radius);
    }

    /** The requested session length, or the type's default; it must be one the type is offered in. */
    static int lengthOf(SessionType type, Integer requested, String field) {
        int minutes = requested != null ? requested : type.defaultMinutes;
        if (type.durations.stream().noneMatch(duration -> duration.minutes == minutes)) {
            throw BookingException.brokenRule(field, type.code + " is offered in "
                    + type.durations.stream().map(duration -> duration.minutes + "").toList() + " minutes");
        }
        return minutes;
    }

    private void checkRange(TimeBound from, TimeBound to) {
        Instant start = from.asStart(ZoneOffset.UTC);
        Instant end = to.asEndExclusive(ZoneOffset.UTC);
        if (!end.isAfter(start)) {
            throw BookingException.brokenRule("to", "must not be before from");
        }
        int maxDays = config.availability().maxRangeDays();
        if (Duration.between(start, end).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw BookingException.brokenRule("to", "a search covers at most " + maxDays + " days");
        }
    }
}
