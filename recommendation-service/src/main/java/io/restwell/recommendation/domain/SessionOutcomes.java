package io.restwell.recommendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How a person's nights and pain changed around the sessions they completed: the week before a
 * session against the week from its day on, averaged per session type.
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

    /**
     * The session type that has clearly helped this person's sleep, if any: at least 2 sessions and
     * at least 3 points more efficiency on average, the best such.
     */
    public static java.util.Optional<Outcome> whatWorked(List<Outcome> outcomes) {
        return outcomes.stream()
                .filter(outcome -> outcome.sessions() >= 2 && outcome.averageEfficiencyChange() != null
                        && outcome.averageEfficiencyChange().compareTo(BigDecimal.valueOf(3)) >= 0)
                .max(Comparator.comparing(Outcome::averageEfficiencyChange));
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
