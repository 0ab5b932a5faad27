package io.restwell.recommendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The digest a person may share with the clinic of one booking (docs/partners.md, section 6b): their last 14 nights,
 * the pain they rated over those days (where, how strong, what kind: the pain map), the red flags they answered yes,
 * and what sessions did for them before. Only the journal's measured and coded facts; never a free-text note.
 * <p>
 * The window is the person's last 14 nights as of {@code today}: the nights that began on the 14 days before it
 * (a night is dated by the evening it began, so tonight's is not there yet), and the pain rated on those days and
 * today.
 */
public final class TherapistBrief {

    public static final int NIGHTS = 14;
    /** The sleep trend compares the last 7 nights with the 7 before. */
    static final int HALF = NIGHTS / 2;
    /** Fewer nights than this on either side and a trend would be one or two nights' noise. */
    static final int MIN_NIGHTS_PER_HALF = 3;
    /** A change of 3 points of efficiency is a clear one: the same bar as "what has worked" (SessionOutcomes). */
    static final BigDecimal CLEAR_CHANGE = BigDecimal.valueOf(3);

    /** A night as the journal described it; latency and quality may be unknown (null). */
    public record BriefNight(LocalDate night, int totalSleepMinutes, BigDecimal sleepEfficiency, Integer sleepLatencyMinutes,
            Integer quality) {
    }

    /** One kind of session the person completed before, and the average change around it (service/Outcomes). */
    public record PastSessions(String sessionType, int sessions, BigDecimal averageEfficiencyChange, BigDecimal averagePainChange) {
    }

    public enum Direction {
        IMPROVING, STEADY, WORSENING, NOT_ENOUGH_NIGHTS
    }

    /**
     * Mean efficiency of the last 7 nights against the 7 before, each with the nights behind it; the means are null
     * without nights, the change null unless both sides have {@value #MIN_NIGHTS_PER_HALF} nights or more.
     */
    public record SleepTrend(Direction direction, BigDecimal recentMeanEfficiency, int recentNights,
            BigDecimal earlierMeanEfficiency, int earlierNights, BigDecimal change) {
    }

    /** The ratings at one place in the body: the pain map. Characters most frequent first. */
    public record PainSite(String location, int ratings, int highestIntensity, BigDecimal meanIntensity, List<String> characters) {
    }

    /** A red flag answered yes in the window, with how soon the guidelines ask for care and when it was last answered. */
    public record FlagAnswer(String flag, RedFlag.Urgency urgency, OffsetDateTime lastAnsweredYes) {
    }

    /** A pain rating as the brief shows it: no ids, no notes. */
    public record PainEntry(OffsetDateTime recordedAt, int intensity, String location, String character) {
    }

    public record Digest(LocalDate from, LocalDate to, List<BriefNight> nights, SleepTrend sleepTrend, List<PainEntry> pain,
            List<PainSite> painMap, List<FlagAnswer> redFlags, List<PastSessions> whatHelpedBefore) {
    }

    private TherapistBrief() {
    }

    /** The first day of the window: nights from it, pain from it. */
    public static LocalDate firstDay(LocalDate today) {
        return today.minusDays(NIGHTS);
    }

    public static Digest of(LocalDate today, List<BriefNight> nights, List<PainRating> pain, List<PastSessions> past) {
        LocalDate from = firstDay(today);
        List<BriefNight> inWindow = nights.stream()
                .filter(n -> !n.night().isBefore(from) && n.night().isBefore(today))
                .sorted(Comparator.comparing(BriefNight::night)).toList();
        List<PainRating> rated = pain.stream()
                .filter(p -> !p.recordedAt().toLocalDate().isBefore(from) && !p.recordedAt().toLocalDate().isAfter(today))
                .sorted(Comparator.comparing(PainRating::recordedAt)).toList();
        return new Digest(from, today, inWindow, trend(inWindow, today), rated.stream()
                .map(p -> new PainEntry(p.recordedAt(), p.intensity(), p.location(), p.character())).toList(),
                painMap(rated), redFlags(rated), helpedFirst(past));
    }

    static SleepTrend trend(List<BriefNight> nights, LocalDate today) {
        LocalDate recentFrom = today.minusDays(HALF);
        List<BriefNight> recent = nights.stream().filter(n -> !n.night().isBefore(recentFrom)).toList();
        List<BriefNight> earlier = nights.stream().filter(n -> n.night().isBefore(recentFrom)).toList();
        BigDecimal recentMean = meanEfficiency(recent);
        BigDecimal earlierMean = meanEfficiency(earlier);
        if (recent.size() < MIN_NIGHTS_PER_HALF || earlier.size() < MIN_NIGHTS_PER_HALF) {
            return new SleepTrend(Direction.NOT_ENOUGH_NIGHTS, recentMean, recent.size(), earlierMean, earlier.size(), null);
        }
        BigDecimal change = recentMean.subtract(earlierMean);
        Direction direction = change.compareTo(CLEAR_CHANGE) >= 0 ? Direction.IMPROVING
                : change.compareTo(CLEAR_CHANGE.negate()) <= 0 ? Direction.WORSENING : Direction.STEADY;
        return new SleepTrend(direction, recentMean, recent.size(), earlierMean, earlier.size(), change);
    }

    static List<PainSite> painMap(List<PainRating> rated) {
        Map<String, List<PainRating>> bySite = rated.stream()
                .collect(Collectors.groupingBy(PainRating::location, TreeMap::new, Collectors.toList()));
        List<PainSite> sites = new ArrayList<>();
        bySite.forEach((location, ratings) -> {
            Map<String, Long> characters = ratings.stream()
                    .collect(Collectors.groupingBy(PainRating::character, TreeMap::new, Collectors.counting()));
            sites.add(new PainSite(location, ratings.size(), ratings.stream().mapToInt(PainRating::intensity).max().orElse(0),
                    round(ratings.stream().mapToInt(PainRating::intensity).average()),
                    characters.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .map(Map.Entry::getKey).toList()));
        });
        sites.sort(Comparator.comparingInt(PainSite::ratings).reversed());
        return sites;
    }

    /** Each flag once, with its latest yes; the most urgent first, then in the screen's order. */
    static List<FlagAnswer> redFlags(List<PainRating> rated) {
        Map<String, OffsetDateTime> latest = new LinkedHashMap<>();
        for (PainRating rating : rated) {
            for (String flag : rating.redFlagsYes()) {
                latest.merge(flag, rating.recordedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return RedFlag.inOrder(latest.keySet()).stream()
                .map(flag -> new FlagAnswer(flag, RedFlag.urgencyOf(flag), latest.get(flag)))
                .sorted(Comparator.comparingInt((FlagAnswer answer) -> answer.urgency().ordinal()))
                .toList();
    }

    /** What helped most first (by the change in efficiency); types without a figure last. */
    static List<PastSessions> helpedFirst(List<PastSessions> past) {
        return past.stream().sorted(Comparator.comparing(PastSessions::averageEfficiencyChange,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    private static BigDecimal meanEfficiency(List<BriefNight> nights) {
        return round(nights.stream().mapToDouble(n -> n.sleepEfficiency().doubleValue()).average());
    }

    private static BigDecimal round(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(1, RoundingMode.HALF_UP) : null;
    }
}
