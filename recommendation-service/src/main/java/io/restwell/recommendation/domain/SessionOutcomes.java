package io.restwell.recommendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How a person's nights and pain changed around the sessions they attended: the week before a session against
 * the week from its day on, per session type. {@link #outcomes} gives the plain averages of the first version
 * of the insights; {@link #effects} the figures with the nights behind them and their uncertainty.
 */
public final class SessionOutcomes {

    static final int WINDOW_DAYS = 7;

    public record CompletedSession(String sessionType, LocalDate day) {
    }

    public record DayPain(LocalDate day, int intensity) {
    }

    /** Per session type: sessions with data on both sides, and the average change (after − before). */
    public record Outcome(String sessionType, int sessions, BigDecimal averageEfficiencyChange, BigDecimal averagePainChange) {
    }

    public List<Outcome> outcomes(List<CompletedSession> sessions, List<Night> nights, List<DayPain> pain) {
        Map<String, List<double[]>> changes = new TreeMap<>();
        for (CompletedSession session : sessions) {
            OptionalDouble efficiencyBefore = nights.stream().filter(n -> before(n.night(), session.day()))
                    .mapToDouble(n -> n.sleepEfficiency().doubleValue()).average();
            OptionalDouble efficiencyAfter = nights.stream().filter(n -> after(n.night(), session.day()))
                    .mapToDouble(n -> n.sleepEfficiency().doubleValue()).average();
            if (efficiencyBefore.isEmpty() || efficiencyAfter.isEmpty()) {
                continue;
            }
            OptionalDouble painBefore = pain.stream().filter(p -> before(p.day(), session.day())).mapToInt(DayPain::intensity).average();
            OptionalDouble painAfter = pain.stream().filter(p -> after(p.day(), session.day())).mapToInt(DayPain::intensity).average();
            double painChange = painBefore.isPresent() && painAfter.isPresent()
                    ? painAfter.getAsDouble() - painBefore.getAsDouble() : Double.NaN;
            changes.computeIfAbsent(session.sessionType(), type -> new ArrayList<>())
                    .add(new double[] {efficiencyAfter.getAsDouble() - efficiencyBefore.getAsDouble(), painChange});
        }
        List<Outcome> outcomes = new ArrayList<>();
        changes.forEach((type, list) -> outcomes.add(new Outcome(type, list.size(),
                round(list.stream().mapToDouble(change -> change[0]).average()),
                round(list.stream().mapToDouble(change -> change[1]).filter(value -> !Double.isNaN(value)).average()))));
        return outcomes;
    }

    /** A session that counts as attended (see {@link SessionReport#countsAsAttended}); {@code relief} as the person reported it, or null. */
    public record AttendedSession(String sessionType, LocalDate day, Integer relief) {
    }

    /**
     * Per session type: the sessions attended, the relief reported (how many reports, their mean or null without
     * any), and how sleep efficiency (percentage points), sleep latency (minutes) and pain (0–10) differ between the
     * nights after those sessions and the nights before them. Baseline = before, compared = after.
     */
    public record SessionTypeEffect(String sessionType, int attendedSessions, int reliefReports, BigDecimal meanRelief,
            MeanDifference.Estimate sleepEfficiency, MeanDifference.Estimate sleepLatency, MeanDifference.Estimate pain) {
    }

    /**
     * What each session type did for this person. For a type, the nights "after" are those of the week from the day
     * of any of its attended sessions on, the nights "before" those of the week before any of them that are not also
     * after one; each night counts once on its side. Pain counts days with a rating (a day's ratings averaged).
     *
     * @param minimum the fewest nights (days, for pain) each side needs for a figure
     */
    public List<SessionTypeEffect> effects(List<AttendedSession> sessions, List<Night> nights, List<DayPain> pain, int minimum) {
        Map<LocalDate, Double> painByDay = new TreeMap<>();
        pain.stream().collect(Collectors.groupingBy(DayPain::day, Collectors.averagingInt(DayPain::intensity)))
                .forEach(painByDay::put);
        Map<String, List<AttendedSession>> byType = sessions.stream()
                .collect(Collectors.groupingBy(AttendedSession::sessionType, TreeMap::new, Collectors.toList()));
        List<SessionTypeEffect> effects = new ArrayList<>();
        byType.forEach((type, attended) -> {
            Set<LocalDate> after = new HashSet<>();
            Set<LocalDate> before = new HashSet<>();
            for (AttendedSession session : attended) {
                for (int day = 0; day < WINDOW_DAYS; day++) {
                    after.add(session.day().plusDays(day));
                    before.add(session.day().minusDays(day + 1L));
                }
            }
            before.removeAll(after);
            List<Integer> reliefs = attended.stream().map(AttendedSession::relief).filter(Objects::nonNull).toList();
            effects.add(new SessionTypeEffect(type, attended.size(), reliefs.size(), MeanDifference.roundedMean(reliefs),
                    MeanDifference.of(efficiency(nights, before), efficiency(nights, after), minimum),
                    MeanDifference.of(latency(nights, before), latency(nights, after), minimum),
                    MeanDifference.of(onDays(painByDay, before), onDays(painByDay, after), minimum)));
        });
        return effects;
    }

    /**
     * Whether a session type has measurably helped this person's sleep: the 95 % interval of the change in sleep
     * efficiency lies wholly above zero, and pain did not clearly get worse.
     */
    public static boolean measurablyHelped(SessionTypeEffect effect) {
        return effect.sleepEfficiency().clearlyAboveZero() && !effect.pain().clearlyAboveZero();
    }

    /** Of the types that measurably helped, the one whose interval's lower end is highest (the surest gain). */
    public static Optional<SessionTypeEffect> surestHelp(List<SessionTypeEffect> effects) {
        return effects.stream().filter(SessionOutcomes::measurablyHelped)
                .max(Comparator.comparing((SessionTypeEffect effect) -> effect.sleepEfficiency().low())
                        .thenComparing(effect -> effect.sleepEfficiency().change()));
    }

    static List<BigDecimal> efficiency(List<Night> nights, Set<LocalDate> days) {
        return nights.stream().filter(night -> days.contains(night.night())).map(Night::sleepEfficiency).toList();
    }

    static List<Integer> latency(List<Night> nights, Set<LocalDate> days) {
        return nights.stream().filter(night -> days.contains(night.night()) && night.sleepLatencyMinutes() != null)
                .map(Night::sleepLatencyMinutes).toList();
    }

    private static List<Double> onDays(Map<LocalDate, Double> byDay, Set<LocalDate> days) {
        return byDay.entrySet().stream().filter(entry -> days.contains(entry.getKey())).map(Map.Entry::getValue).toList();
    }

    private static boolean before(LocalDate day, LocalDate session) {
        return day.isBefore(session) && !day.isBefore(session.minusDays(WINDOW_DAYS));
    }

    private static boolean after(LocalDate day, LocalDate session) {
        return !day.isBefore(session) && day.isBefore(session.plusDays(WINDOW_DAYS));
    }

    private static BigDecimal round(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(1, RoundingMode.HALF_UP) : null;
    }
}
