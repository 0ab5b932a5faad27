package io.restwell.recommendation.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a person told us suits them for a session: where they start from (a home, or clinics they chose),
 * how far they will travel, their time zone, the days and times that suit, session types they do not
 * want, and the durations they prefer. Anything they leave out takes the default below.
 *
 * @param home               where they travel from; null when not given
 * @param clinicIds          clinics they chose; when not empty, only these are suggested, whatever the radius
 * @param radiusKm           how far from home they will travel
 * @param timeZone           their IANA time zone; null when not given (then their journal's offset, else UTC)
 * @param suitableTimes      when a session suits them; never empty
 * @param avoidedSessionTypes session type codes never to suggest
 * @param preferredDurationsMinutes session lengths they prefer, most preferred first; empty when any suits
 * @param quietHours         when nothing is pushed to them (domain/QuietHours); null when not given (then from their
 *                           usual bedtime); {@code from} equal to {@code to}: never quiet
 */
public record Preferences(Place home, List<UUID> clinicIds, int radiusKm, ZoneId timeZone, List<SuitableTime> suitableTimes,
        Set<String> avoidedSessionTypes, List<Integer> preferredDurationsMinutes, QuietHours.Window quietHours) {

    public static final int DEFAULT_RADIUS_KM = 15;
    public static final int MIN_RADIUS_KM = 1;
    public static final int MAX_RADIUS_KM = 100;
    public static final int MAX_CLINICS = 20;
    public static final int MAX_SUITABLE_TIMES = 14;
    public static final int MAX_AVOIDED_SESSION_TYPES = 10;
    public static final int MIN_DURATION_MINUTES = 15;
    public static final int MAX_DURATION_MINUTES = 240;
    public static final int MAX_DURATIONS = 6;
    /** Evenings, every day: what suggestions offered before a person said anything. */
    public static final List<SuitableTime> DEFAULT_SUITABLE_TIMES = List.of(
            new SuitableTime(EnumSet.allOf(DayOfWeek.class), LocalTime.of(17, 0), LocalTime.of(21, 0)));
    /** Nothing said yet: every default. */
    public static final Preferences DEFAULTS = new Preferences(null, List.of(), DEFAULT_RADIUS_KM, null,
            DEFAULT_SUITABLE_TIMES, Set.of(), List.of());

    private static final Pattern SESSION_TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Without quiet hours of their own. */
    public Preferences(Place home, List<UUID> clinicIds, int radiusKm, ZoneId timeZone, List<SuitableTime> suitableTimes,
            Set<String> avoidedSessionTypes, List<Integer> preferredDurationsMinutes) {
        this(home, clinicIds, radiusKm, timeZone, suitableTimes, avoidedSessionTypes, preferredDurationsMinutes, null);
    }

    public Preferences {
        clinicIds = List.copyOf(clinicIds);
        suitableTimes = List.copyOf(suitableTimes);
        avoidedSessionTypes = Set.copyOf(avoidedSessionTypes);
        preferredDurationsMinutes = List.copyOf(preferredDurationsMinutes);
    }

    /** The time zone sessions are chosen in: their own, else the one their journal shows, else UTC. */
    public ZoneId zoneOr(ZoneId fromJournal) {
        return timeZone != null ? timeZone : fromJournal != null ? fromJournal : ZoneId.of("UTC");
    }

    /** What a person sent, before it is checked; null means "not given" (the default applies). */
    public record Draft(Double homeLatitude, Double homeLongitude, List<UUID> clinicIds, Integer radiusKm, String timeZone,
            List<SuitableTimeDraft> suitableTimes, List<String> avoidedSessionTypes, List<Integer> preferredDurationsMinutes,
            QuietHoursDraft quietHours) {

        /** Without quiet hours. */
        public Draft(Double homeLatitude, Double homeLongitude, List<UUID> clinicIds, Integer radiusKm, String timeZone,
                List<SuitableTimeDraft> suitableTimes, List<String> avoidedSessionTypes, List<Integer> preferredDurationsMinutes) {
            this(homeLatitude, homeLongitude, clinicIds, radiusKm, timeZone, suitableTimes, avoidedSessionTypes,
                    preferredDurationsMinutes, null);
        }
    }

    /** Quiet hours as sent; both ends are needed. */
    public record QuietHoursDraft(LocalTime from, LocalTime to) {
    }

    /** One suitable time as sent. */
    public record SuitableTimeDraft(List<DayOfWeek> days, LocalTime from, LocalTime to) {
    }

    /**
     * Checks a draft against every rule at once and builds the preferences.
     *
     * @throws RecommendationException.InvalidPreferences naming every field that breaks a rule
     */
    public static Preferences from(Draft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        Place home = home(draft.homeLatitude(), draft.homeLongitude(), violations);
        List<UUID> clinics = draft.clinicIds() == null ? List.of() : draft.clinicIds();
        if (clinics.size() > MAX_CLINICS) {
            violations.add(new FieldViolation("clinicIds", "must name at most " + MAX_CLINICS + " clinics"));
        } else if (clinics.stream().anyMatch(Objects::isNull)) {
            violations.add(new FieldViolation("clinicIds", "must not contain null"));
        }
        int radius = draft.radiusKm() == null ? DEFAULT_RADIUS_KM : draft.radiusKm();
        if (radius < MIN_RADIUS_KM || radius > MAX_RADIUS_KM) {
            violations.add(new FieldViolation("radiusKm", "must be between " + MIN_RADIUS_KM + " and " + MAX_RADIUS_KM));
        }
        ZoneId zone = zone(draft.timeZone(), violations);
        List<SuitableTime> times = suitableTimes(draft.suitableTimes(), violations);
        Set<String> avoided = avoided(draft.avoidedSessionTypes(), violations);
        List<Integer> durations = durations(draft.preferredDurationsMinutes(), violations);
        QuietHours.Window quiet = quietHours(draft.quietHours(), violations);
        if (!violations.isEmpty()) {
            throw new RecommendationException.InvalidPreferences(violations);
        }
        return new Preferences(home, new ArrayList<>(new LinkedHashSet<>(clinics)), radius, zone, times, avoided, durations, quiet);
    }

    private static QuietHours.Window quietHours(QuietHoursDraft draft, List<FieldViolation> violations) {
        if (draft == null) {
            return null;
        }
        if (draft.from() == null) {
            violations.add(new FieldViolation("quietHours.from", "must be given"));
        }
        if (draft.to() == null) {
            violations.add(new FieldViolation("quietHours.to", "must be given"));
        }
        return draft.from() == null || draft.to() == null ? null : new QuietHours.Window(draft.from(), draft.to());
    }

    private static Place home(Double latitude, Double longitude, List<FieldViolation> violations) {
        if (latitude == null && longitude == null) {
            return null;
        }
        int before = violations.size();
        if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
            violations.add(new FieldViolation("home.latitude", "must be between -90 and 90"));
        }
        if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
            violations.add(new FieldViolation("home.longitude", "must be between -180 and 180"));
        }
        return violations.size() == before ? new Place(latitude, longitude) : null;
    }

    private static ZoneId zone(String name, List<FieldViolation> violations) {
        if (name == null) {
            return null;
        }
        // Only region ids (Europe/Berlin) and UTC: a fixed offset like +01:00 ignores daylight saving time.
        if (!ZoneId.getAvailableZoneIds().contains(name) && !"UTC".equals(name)) {
            violations.add(new FieldViolation("timeZone", "must be an IANA time zone such as Europe/Berlin"));
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            violations.add(new FieldViolation("timeZone", "must be an IANA time zone such as Europe/Berlin"));
            return null;
        }
    }

    private static List<SuitableTime> suitableTimes(List<SuitableTimeDraft> drafts, List<FieldViolation> violations) {
        if (drafts == null || drafts.isEmpty()) {
            return DEFAULT_SUITABLE_TIMES;
        }
        if (drafts.size() > MAX_SUITABLE_TIMES) {
            violations.add(new FieldViolation("suitableTimes", "must list at most " + MAX_SUITABLE_TIMES + " times"));
            return DEFAULT_SUITABLE_TIMES;
        }
        List<SuitableTime> times = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SuitableTimeDraft draft = drafts.get(i);
            String field = "suitableTimes[" + i + "]";
            if (draft == null) {
                violations.add(new FieldViolation(field, "must not be null"));
                continue;
            }
            boolean valid = true;
            if (draft.days() == null || draft.days().isEmpty() || draft.days().stream().anyMatch(Objects::isNull)) {
                violations.add(new FieldViolation(field + ".days", "must name at least one day"));
                valid = false;
            }
            if (draft.from() == null) {
                violations.add(new FieldViolation(field + ".from", "must be given"));
                valid = false;
            }
            if (draft.to() == null) {
                violations.add(new FieldViolation(field + ".to", "must be given"));
                valid = false;
            } else if (draft.from() != null && !draft.to().isAfter(draft.from())) {
                violations.add(new FieldViolation(field + ".to", "must be after from"));
                valid = false;
            }
            if (valid) {
                times.add(new SuitableTime(EnumSet.copyOf(draft.days()), draft.from(), draft.to()));
            }
        }
        return times;
    }

    private static Set<String> avoided(List<String> codes, List<FieldViolation> violations) {
        if (codes == null) {
            return Set.of();
        }
        if (codes.size() > MAX_AVOIDED_SESSION_TYPES) {
            violations.add(new FieldViolation("avoidedSessionTypes", "must list at most " + MAX_AVOIDED_SESSION_TYPES + " codes"));
            return Set.of();
        }
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || !SESSION_TYPE_CODE.matcher(codes.get(i)).matches()) {
                violations.add(new FieldViolation("avoidedSessionTypes[" + i + "]", "must be a session type code such as DEEP_TISSUE"));
            }
        }
        return Set.copyOf(codes.stream().filter(Objects::nonNull).toList());
    }

    private static List<Integer> durations(List<Integer> minutes, List<FieldViolation> violations) {
        if (minutes == null) {
            return List.of();
        }
        if (minutes.size() > MAX_DURATIONS) {
            violations.add(new FieldViolation("preferredDurationsMinutes", "must list at most " + MAX_DURATIONS + " durations"));
            return List.of();
        }
        for (int i = 0; i < minutes.size(); i++) {
            Integer value = minutes.get(i);
            if (value == null || value < MIN_DURATION_MINUTES || value > MAX_DURATION_MINUTES) {
                violations.add(new FieldViolation("preferredDurationsMinutes[" + i + "]",
                        "must be between " + MIN_DURATION_MINUTES + " and " + MAX_DURATION_MINUTES));
            }
        }
        return minutes.stream().filter(Objects::nonNull).distinct().toList();
    }
}
