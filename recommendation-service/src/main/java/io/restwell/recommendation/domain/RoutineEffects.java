package io.restwell.recommendation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The routine as an n-of-1 experiment: for each step, the nights after the evenings the person did it against the
 * nights after the evenings they checked without it. Only checked evenings count (an evening without a check says
 * nothing about what was done), and only those followed by a logged night. Baseline = without, compared = with.
 */
public final class RoutineEffects {

    /** One step: sleep efficiency (percentage points) and sleep latency (minutes) with against without it. */
    public record StepEffect(RoutineStep step, MeanDifference.Estimate sleepEfficiency, MeanDifference.Estimate sleepLatency) {
    }

    private RoutineEffects() {
    }

    /**
     * @param checks  the person's routine checks, one per evening
     * @param nights  the person's nights (a night's date is its evening's)
     * @param minimum the fewest nights each side needs for a figure
     * @return every step, in the routine's order
     */
    public static List<StepEffect> of(List<RoutineCheck> checks, List<Night> nights, int minimum) {
        Map<LocalDate, Night> byEvening = new HashMap<>();
        nights.forEach(night -> byEvening.put(night.night(), night));
        List<StepEffect> effects = new ArrayList<>();
        for (RoutineStep step : RoutineStep.values()) {
            Set<LocalDate> with = checks.stream().filter(check -> check.steps().contains(step))
                    .map(RoutineCheck::night).collect(Collectors.toSet());
            Set<LocalDate> without = checks.stream().filter(check -> !check.steps().contains(step))
                    .map(RoutineCheck::night).collect(Collectors.toSet());
            List<Night> nightsWith = followedBy(with, byEvening);
            List<Night> nightsWithout = followedBy(without, byEvening);
            effects.add(new StepEffect(step,
                    MeanDifference.of(SessionOutcomes.efficiency(nightsWithout, without), SessionOutcomes.efficiency(nightsWith, with), minimum),
                    MeanDifference.of(SessionOutcomes.latency(nightsWithout, without), SessionOutcomes.latency(nightsWith, with), minimum)));
        }
        return effects;
    }

    private static List<Night> followedBy(Set<LocalDate> evenings, Map<LocalDate, Night> byEvening) {
        return evenings.stream().sorted().map(byEvening::get).filter(night -> night != null).toList();
    }
}
