package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.restwell.recommendation.domain.RecommendationException.InvalidRoutineCheck;

class RoutineCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void anEveningUpToTodayWithTheStepsDoneInTheRoutinesOrder() {
        RoutineCheck check = RoutineCheck.of("2026-12-05", List.of(RoutineStep.CALMING_SCENT, RoutineStep.HEAT, RoutineStep.HEAT), TODAY);
        assertEquals(TODAY, check.night());
        assertEquals(List.of(RoutineStep.HEAT, RoutineStep.CALMING_SCENT), check.orderedSteps(), "a step named twice counts once");
        assertEquals(List.of(), RoutineCheck.of("2026-11-30", List.of(), TODAY).orderedSteps(), "none done");
    }

    @Test
    void aFutureOrMalformedEveningAndMissingStepsAreNamed() {
        assertEquals(List.of("night"), fields("2026-12-06", List.of(RoutineStep.HEAT)));
        assertEquals(List.of("night"), fields("yesterday", List.of(RoutineStep.HEAT)));
        assertEquals(List.of("night"), fields("2026-02-30", List.of(RoutineStep.HEAT)));
        assertEquals(List.of("steps"), fields("2026-12-04", null));
        assertEquals(List.of("steps[1]"), fields("2026-12-04", Arrays.asList(RoutineStep.HEAT, null)));
        assertEquals(List.of("night", "steps"), fields("2027-01-01", null));
    }

    @Test
    void eachStepComparesTheNightsAfterEveningsWithItAgainstCheckedEveningsWithout() {
        List<RoutineCheck> checks = new ArrayList<>();
        List<Night> nights = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 10, 1);
        // ten evenings with heat (latency 15–19 min, efficiency 90–94 %), ten without (latency 30–34, efficiency 80–84)
        for (int i = 0; i < 20; i++) {
            LocalDate evening = start.plusDays(i);
            boolean heat = i % 2 == 0;
            checks.add(new RoutineCheck(evening, heat ? Set.of(RoutineStep.HEAT, RoutineStep.CALMING_SCENT) : Set.of(RoutineStep.CALMING_SCENT)));
            int k = i / 2 % 5;
            nights.add(new Night("n" + i, evening, BigDecimal.valueOf(heat ? 90 + k : 80 + k), 420, !heat, List.of(), heat ? 15 + k : 30 + k));
        }
        // an unchecked evening's night says nothing; a checked evening without a logged night neither
        nights.add(new Night("unchecked", start.plusDays(30), new BigDecimal("50"), 200, true, List.of(), 90));
        checks.add(new RoutineCheck(start.plusDays(40), Set.of(RoutineStep.HEAT)));

        List<RoutineEffects.StepEffect> effects = RoutineEffects.of(checks, nights, 5);
        assertEquals(List.of(RoutineStep.values()), effects.stream().map(RoutineEffects.StepEffect::step).toList());
        RoutineEffects.StepEffect heat = effects.get(0);
        assertEquals(10, heat.sleepLatency().baselineNights());
        assertEquals(10, heat.sleepLatency().comparedNights());
        assertEquals(new BigDecimal("32.0"), heat.sleepLatency().baselineMean());
        assertEquals(new BigDecimal("17.0"), heat.sleepLatency().comparedMean());
        assertEquals(new BigDecimal("-15.0"), heat.sleepLatency().change());
        assertEquals(true, heat.sleepLatency().clearlyBelowZero());
        assertEquals(new BigDecimal("10.0"), heat.sleepEfficiency().change());
        assertEquals(true, heat.sleepEfficiency().clearlyAboveZero());

        RoutineEffects.StepEffect scent = effects.get(RoutineStep.CALMING_SCENT.ordinal());
        assertEquals(20, scent.sleepEfficiency().comparedNights(), "every checked evening had the scent");
        assertEquals(0, scent.sleepEfficiency().baselineNights());
        assertEquals(MeanDifference.Status.NOT_ENOUGH_NIGHTS, scent.sleepEfficiency().status());
        assertEquals(MeanDifference.Status.NOT_ENOUGH_NIGHTS, effects.get(RoutineStep.FOAM_ROLLER.ordinal()).sleepLatency().status());
    }

    private static List<String> fields(String night, List<RoutineStep> steps) {
        return assertThrows(InvalidRoutineCheck.class, () -> RoutineCheck.of(night, steps, TODAY))
                .violations().stream().map(FieldViolation::field).toList();
    }
}
